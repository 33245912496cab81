package io.github.boxmaven.boxapi;

import io.github.boxmaven.failure.ConfigurationFailure;
import io.github.boxmaven.failure.ServerText;
import java.util.Arrays;
import okhttp3.HttpUrl;

/** The root API paths are appended to, like the SDKs' {@code https://api.box.com}; plain http only to loopback. */
public final class BaseUrl {
    public static final String DEFAULT = "https://api.box.com";

    private final HttpUrl root;

    private BaseUrl(HttpUrl root) {
        this.root = root;
    }

    public static BaseUrl parse(String text) throws ConfigurationFailure {
        String value = text == null ? "" : text.trim();
        HttpUrl url = HttpUrl.parse(value);
        if (url == null) {
            throw ConfigurationFailure.invalidParameter("box.baseUrl '" + ServerText.clean(withoutUserInfo(value))
                    + "' is not an http(s) URL; use https://api.box.com or the root of a Box-compatible API.");
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw ConfigurationFailure.invalidParameter("box.baseUrl must not contain a user name or password; give the token"
                    + " in box.token, settings.xml or BOX_TOKEN.");
        }
        HttpUrl.Builder root = url.newBuilder().query(null).fragment(null);
        if (!url.encodedPath().endsWith("/")) {
            root.addPathSegment("");
        }
        BaseUrl baseUrl = new BaseUrl(root.build());
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw ConfigurationFailure.insecureBaseUrl(baseUrl.display());
        }
        return baseUrl;
    }

    /** The raw {@code box.baseUrl}, valid or not, for reports: without user info, query or fragment. */
    public static String redacted(String text) {
        HttpUrl url = HttpUrl.parse(text == null ? DEFAULT : text.trim());
        return url == null ? "(not an http(s) URL)" : new BaseUrl(url.newBuilder().username("").password("")
                .query(null).fragment(null).build()).display();
    }

    /** Text that is no URL, with everything up to its last {@code @} (a user and password?) as {@code ***}. */
    static String withoutUserInfo(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return text;
        }
        java.util.regex.Matcher scheme = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:/+").matcher(text);
        String kept = scheme.find() && scheme.end() <= at ? scheme.group() : "";
        return kept + "***" + text.substring(at);
    }

    /** {@code localhost}, {@code 127.0.0.0/8} and {@code ::1}, decided from the name alone (no DNS). */
    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost") || host.equals("::1")) {
            return true;
        }
        String[] octets = host.split("\\.", -1);
        return octets.length == 4 && octets[0].equals("127") && Arrays.stream(octets)
                .allMatch(octet -> octet.matches("\\d{1,3}") && Integer.parseInt(octet) <= 255);
    }

    /** A WARNING when an app's credentials would go to a host neither under box.com nor loopback; else null. */
    public String appCredentialsWarning() {
        String host = root.host().toLowerCase(java.util.Locale.ROOT);
        if (host.equals("box.com") || host.endsWith(".box.com") || isLoopback(host)) {
            return null;
        }
        return "box.baseUrl " + display() + " is neither Box (api.box.com or another host under box.com) nor"
                + " loopback, yet the app's credentials go there (its client secret, and with JWT a signed assertion"
                + " that Box would accept). Check box.baseUrl.";
    }

    /** The URL of an API path below this root, e.g. {@code 2.0/users/me}. */
    public HttpUrl resolve(String path) {
        HttpUrl url = root.resolve(path);
        if (url == null) {
            throw new IllegalArgumentException(path);
        }
        return url;
    }

    public boolean isHttps() {
        return root.isHttps();
    }

    /** The root without a trailing slash, for messages and cache keys. */
    public String display() {
        String text = root.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public String toString() {
        return display();
    }
}
