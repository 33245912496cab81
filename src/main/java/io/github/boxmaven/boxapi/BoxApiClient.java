package io.github.boxmaven.boxapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.BoxRefusals;
import io.github.boxmaven.failure.PrincipalFailures;
import io.github.boxmaven.failure.ServerText;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Box API calls the plugin makes with a token. */
public final class BoxApiClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final BoxHttp http;
    private final BaseUrl baseUrl;
    private final String userAgent;

    public BoxApiClient(BoxHttp http, BaseUrl baseUrl, String userAgent) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
    }

    /** What the plugin reads of {@code /users/me}: with {@code fields}, Box returns only these and the mini set. */
    static final String USER_FIELDS = "id,type,name,login,status,enterprise,space_amount,space_used,max_upload_size";
    /** A Box id: digits, at most 20 of them. */
    public static final String ID = "[0-9]{1,20}";

    /** {@code GET /2.0/users/me}: whom the token acts for; {@code rejectedBecause} explains a refusal. */
    public BoxUser currentUser(AccessToken token, String rejectedBecause) throws BoxCheckFailure {
        BoxResponse response = get(usersMe(), token.value, null);
        if (response.status == 200) {
            return parseUser(response);
        }
        if (response.status == 401 || response.status == 403) {
            throw refusedToken(response, token, rejectedBecause);
        }
        throw unexpected(response);
    }

    /**
     * {@code GET /2.0/users/me} with {@code As-User: asUser}: the user Box lets the token act as, once Box answers with
     * that very user; {@code tokenUser} describes the token's own user in a refusal.
     */
    public BoxUser actAs(AccessToken token, String asUser, String tokenUser) throws BoxCheckFailure {
        BoxResponse response = get(usersMe(), token.value, asUser);
        if (response.status == 200) {
            BoxUser user = parseUser(response);
            if (!user.id.equals(asUser)) {
                throw PrincipalFailures.asUserAnsweredOther(asUser, user.describe(), response.requestId());
            }
            return user;
        }
        if (response.status == 401) {
            throw refusedToken(response, token, token.usualReasons());
        }
        if (response.status == 403 || response.status == 404) {
            String code = response.error() != null ? response.error() : response.challenge("error");
            throw PrincipalFailures.asUserRefused(tokenUser, asUser, response.status, code, response.errorDescription(),
                    response.requestId());
        }
        throw unexpected(response);
    }

    private HttpUrl usersMe() {
        return baseUrl.resolve("2.0/users/me").newBuilder().addEncodedQueryParameter("fields", USER_FIELDS).build();
    }

    /** Neither a user nor a refusal of the token: a 404 or redirect is not Box's API, an error is quoted. */
    private static BoxCheckFailure unexpected(BoxResponse response) {
        if (response.status == 404) {
            return BoxRefusals.notBoxApi(response.url, "HTTP 404, no such endpoint", response.requestId());
        }
        if (response.status >= 300 && response.status < 400) {
            return BoxRefusals.notBoxApi(response.url, "HTTP " + response.status + " redirect"
                    + (response.location == null ? "" : " to " + stripQuery(response.location))
                    + ", which Box's API never sends", null);
        }
        if (response.json() == null || response.error() == null) {
            return response.notBoxApi();
        }
        return BoxRefusals.unexpectedResponse(response.url, response.status, response.error(),
                response.errorDescription(), response.requestId());
    }

    /**
     * The folder's name, once Box says {@code who} (the token's user, or {@code the token downscoped to ...}) sees it,
     * and may upload when asked; {@code forOneItem} when the token is downscoped to one item.
     */
    public String checkFolder(AccessToken token, String asUser, FolderRequirement folder, String who,
            boolean forOneItem) throws BoxCheckFailure {
        HttpUrl url = baseUrl.resolve("2.0/folders/" + folder.id).newBuilder()
                .addEncodedQueryParameter("fields", "id,name,permissions").build();
        BoxResponse response = get(url, token.value, asUser);
        switch (response.status) {
            case 200:
                if (!"folder".equals(response.text("type"))) {
                    throw response.notBoxApi();
                }
                String name = response.text("name");
                if (folder.upload && !canUpload(response.json())) {
                    throw BoxRefusals.folderNotWritable(folder.id, name, who);
                }
                return name;
            case 404:
                throw response.json() == null ? response.notBoxApi()
                        : BoxRefusals.folderNotVisible(folder.id, who, forOneItem, response.requestId());
            case 401:
            case 403:
                throw refusedToken(response, token, token.usualReasons());
            default:
                throw BoxRefusals.unexpectedResponse(response.url, response.status, response.error(),
                        response.errorDescription(), response.requestId());
        }
    }

    /**
     * The name of the one item a downscoped token is for ({@code folder 111}), once the token reads it. A 401 or 403 is
     * a refused token, as on {@code /users/me}: Box answers a revoked token with 401 and an empty body.
     */
    public String checkDownscopedItem(AccessToken token, HttpUrl itemUrl, String item) throws BoxCheckFailure {
        BoxResponse response = get(itemUrl.newBuilder().addEncodedQueryParameter("fields", "id,name").build(),
                token.value, null);
        if (response.status == 200 && response.text("name") != null) {
            return response.text("name");
        }
        if (response.status == 401 || response.status == 403) {
            throw refusedToken(response, token, token.usualReasons());
        }
        throw response.status == 200 || response.json() == null ? response.notBoxApi()
                : BoxRefusals.downscopedItemUnreachable(item, response.status, response.error(),
                        response.errorDescription(), response.requestId());
    }

    /**
     * Box's upload preflight, {@code OPTIONS /2.0/files/content} with {@code {"name", "size", "parent": {"id"}}}: whether
     * Box would accept the upload, nothing uploaded or created. A 401 is a refused token; an answer that is neither
     * Box's acceptance nor one of its error shapes is not the Box API.
     */
    public UploadPreflight preflight(AccessToken token, String asUser, String folderId, String name, long size)
            throws BoxCheckFailure {
        JsonObject parent = new JsonObject();
        parent.addProperty("id", folderId);
        JsonObject body = new JsonObject();
        body.addProperty("name", name);
        body.addProperty("size", size);
        body.add("parent", parent);
        BoxResponse response = http.send(() -> request(baseUrl.resolve("2.0/files/content"), token.value, asUser)
                .method("OPTIONS", RequestBody.create(body.toString(), JSON)).build());
        if (response.status == 200 && UploadPreflight.isAcceptance(response.json())) {
            return UploadPreflight.accepted(response);
        }
        if (response.status == 401) {
            throw refusedToken(response, token, token.usualReasons());
        }
        String code = response.error() != null ? response.error() : response.challenge("error");
        if (response.status < 400 || code == null) {
            throw response.json() == null ? response.notBoxApi()
                    : BoxRefusals.notBoxApi(response.url, "HTTP " + response.status + " to the upload preflight with"
                            + " JSON that is neither Box's acceptance (upload_url) nor a Box error", response.requestId());
        }
        return UploadPreflight.refused(response, code, response.error() != null ? response.errorDescription()
                : response.challenge("error_description"));
    }

    /** {@code asUser}: the {@code As-User} header's user id, or null. */
    private BoxResponse get(HttpUrl url, Secret token, String asUser) throws BoxCheckFailure {
        return http.send(() -> request(url, token, asUser).build());
    }

    private Request.Builder request(HttpUrl url, Secret token, String asUser) {
        Request.Builder request = new Request.Builder().url(url).header("Authorization", "Bearer " + token.reveal())
                .header("Accept", "application/json").header("User-Agent", userAgent);
        return asUser == null ? request : request.header("As-User", asUser);
    }

    /**
     * A 401 (token not accepted) or 403 (not allowed). The reason, often only in {@code WWW-Authenticate}, is quoted
     * and chooses the fix: {@code invalid_token} the token's own, any other code its own ({@code BoxRefusals}).
     */
    private static BoxCheckFailure refusedToken(BoxResponse response, AccessToken token, String rejectedBecause) {
        String challenged = response.challenge("error");
        boolean inBody = response.error() != null;
        String error = inBody ? response.error() : challenged;
        String description = inBody ? response.errorDescription() : response.challenge("error_description");
        String reason = challenged != null ? challenged : error;
        if ("invalid_token".equals(reason) || response.status == 401 && !"insufficient_scope".equals(reason)) {
            return BoxRefusals.tokenRejected(token.source, response.status, rejectedBecause, error == null ? null
                    : error + (description == null ? "" : " (" + description + ")"), token.whenRejected,
                    response.requestId());
        }
        return BoxRefusals.accessDenied(token.source, response.status, error, description, response.requestId());
    }

    private static boolean canUpload(JsonObject folder) {
        JsonObject permissions = Json.object(folder, "permissions");
        JsonElement canUpload = permissions == null ? null : permissions.get("can_upload");
        return canUpload != null && canUpload.isJsonPrimitive() && canUpload.getAsJsonPrimitive().isBoolean()
                && canUpload.getAsBoolean();
    }

    /** A user with a digit id; its {@code enterprise} absent or null (none), else an object with a digit id. */
    private static BoxUser parseUser(BoxResponse response) throws BoxCheckFailure {
        if (!"user".equals(response.text("type")) || response.text("id") == null) {
            throw response.notBoxApi();
        }
        JsonElement enterprise = response.json().get("enterprise");
        BoxUser.Enterprise of = null;
        if (enterprise != null && !enterprise.isJsonNull()) {
            String id = enterprise.isJsonObject() ? Json.string(enterprise.getAsJsonObject(), "id") : null;
            if (id == null || !id.matches(ID)) {
                throw BoxRefusals.notBoxApi(response.url, "HTTP 200 with a user whose enterprise is not an object"
                        + " with an id of digits", response.requestId());
            }
            of = new BoxUser.Enterprise(id, ServerText.clean(Json.string(enterprise.getAsJsonObject(), "name")));
        }
        JsonObject json = response.json();
        return new BoxUser(response.text("id"), response.text("name"), response.text("login"), response.text("status"),
                of, new BoxUser.Storage(Json.wholeNumber(json, "space_used"), Json.wholeNumber(json, "space_amount"),
                        Json.wholeNumber(json, "max_upload_size")));
    }

    private static String stripQuery(String location) {
        int query = location.indexOf('?');
        return query < 0 ? location : location.substring(0, query);
    }
}
