package io.github.boxmaven.boxapi;

import io.github.boxmaven.failure.ConfigurationFailure;
import okhttp3.HttpUrl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code box.downscope} and {@code box.downscopeResource}: the scopes, and the one item, of a handed-on token. */
public final class Downscope {
    static final Pattern SCOPE = Pattern.compile("[a-z][a-z_.]{0,63}");
    private static final Pattern SHORT_RESOURCE = Pattern.compile("(folder|file):(\\d{1,20})");
    private static final Pattern API_RESOURCE = Pattern.compile("2\\.0/(folders|files)/(\\d{1,20})");

    private final List<String> scopes;
    private final String itemType;
    private final String itemId;

    private Downscope(List<String> scopes, String itemType, String itemId) {
        this.scopes = Collections.unmodifiableList(scopes);
        this.itemType = itemType;
        this.itemId = itemId;
    }

    /** Comma-separated scopes and {@code folder:111}, {@code file:222} or the item's URL; null when no scopes. */
    public static Downscope parse(String scopes, String resource, BaseUrl baseUrl) throws ConfigurationFailure {
        boolean noResource = resource == null || resource.trim().isEmpty();
        if (scopes == null || scopes.trim().isEmpty()) {
            if (!noResource) {
                throw ConfigurationFailure.invalidParameter("box.downscopeResource is set but box.downscope is not; name the scopes the"
                        + " handed-on token needs, e.g. box.downscope=item_upload,base_explorer.");
            }
            return null;
        }
        List<String> list = new ArrayList<>();
        for (String item : scopes.split(",")) {
            String scope = item.trim();
            if (!SCOPE.matcher(scope).matches()) {
                throw ConfigurationFailure.invalidParameter("box.downscope item '" + scope + "' is not a Box scope; use a comma-separated"
                        + " list such as item_upload,item_preview,base_explorer.");
            }
            list.add(scope);
        }
        if (noResource) {
            return new Downscope(list, null, null);
        }
        String value = resource.trim();
        Matcher item = SHORT_RESOURCE.matcher(value);
        if (item.matches()) {
            return new Downscope(list, item.group(1) + "s", item.group(2));
        }
        String root = baseUrl.display() + "/";
        Matcher url = API_RESOURCE.matcher(value.startsWith(root) ? value.substring(root.length()) : "");
        if (url.matches()) {
            return new Downscope(list, url.group(1), url.group(2));
        }
        throw ConfigurationFailure.invalidParameter("box.downscopeResource '" + value + "' is not folder:<id>, file:<id> or an item's URL"
                + " under box.baseUrl, such as " + root + "2.0/folders/111.");
    }

    /**
     * What {@code restrictedTo} (Box's grants, {@code item_upload folder 111}) lacks of what was asked: a scope, or the
     * item; null when it grants all, or when Box listed no grants (an answer without {@code restricted_to}).
     */
    public String notGranted(List<String> restrictedTo) {
        if (restrictedTo.isEmpty()) {
            return null;
        }
        String missing = scopes.stream().filter(scope -> restrictedTo.stream()
                .noneMatch(grant -> grant.equals(scope) || grant.startsWith(scope + " ")))
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            return missing;
        }
        String object = item();
        return object == null || restrictedTo.stream().allMatch(grant -> !grant.contains(" ")
                || grant.endsWith(" " + object)) ? null : object + " (it grants another item)";
    }

    /** Space-delimited, as the token exchange takes them. */
    public String scope() {
        return String.join(" ", scopes);
    }

    /** The item's API URL ({@code <baseUrl>/2.0/folders/111}); null when the token is not for one item. */
    public HttpUrl resourceUrl(BaseUrl baseUrl) {
        return itemType == null ? null : baseUrl.resolve("2.0/" + itemType + "/" + itemId);
    }

    /** {@code folder 111}; null when the token is not for one item. */
    public String item() {
        return itemType == null ? null : itemType.substring(0, itemType.length() - 1) + " " + itemId;
    }

    /** {@code item_upload, base_explorer for folder 111}. */
    public String describe() {
        return String.join(", ", scopes) + (itemType == null ? "" : " for " + item());
    }

    @Override
    public String toString() {
        return describe();
    }
}
