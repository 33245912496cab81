package io.github.boxmaven.boxapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.BoxRefusals;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** Box API calls the plugin makes with a token. */
public final class BoxApiClient {
    private final BoxHttp http;
    private final BaseUrl baseUrl;
    private final String userAgent;

    public BoxApiClient(BoxHttp http, BaseUrl baseUrl, String userAgent) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
    }

    /** {@code GET /2.0/users/me}: whom the token acts for; {@code rejectedBecause} explains a refusal. */
    public BoxUser currentUser(AccessToken token, String rejectedBecause) throws BoxCheckFailure {
        BoxResponse response = get(baseUrl.resolve("2.0/users/me"), token.value);
        switch (response.status) {
            case 200:
                return parseUser(response);
            case 401:
            case 403:
                throw refusedToken(response, token, rejectedBecause);
            case 404:
                throw BoxRefusals.notBoxApi(response.url, "HTTP 404, no such endpoint", response.requestId());
            default:
                if (response.status >= 300 && response.status < 400) {
                    throw BoxRefusals.notBoxApi(response.url, "HTTP " + response.status + " redirect"
                            + (response.location == null ? "" : " to " + stripQuery(response.location))
                            + ", which Box's API never sends", null);
                }
                if (response.json() == null || response.error() == null) {
                    throw response.notBoxApi();
                }
                throw BoxRefusals.unexpectedResponse(response.url, response.status, response.error(),
                        response.errorDescription(), response.requestId());
        }
    }

    /**
     * The folder's name, once Box says {@code who} (the token's user, or {@code the token downscoped to ...}) sees it,
     * and may upload when asked; {@code forOneItem} when the token is downscoped to one item.
     */
    public String checkFolder(AccessToken token, FolderRequirement folder, String who, boolean forOneItem)
            throws BoxCheckFailure {
        HttpUrl url = baseUrl.resolve("2.0/folders/" + folder.id).newBuilder()
                .addEncodedQueryParameter("fields", "id,name,permissions").build();
        BoxResponse response = get(url, token.value);
        switch (response.status) {
            case 200:
                if (response.json() == null || !"folder".equals(response.text("type"))) {
                    throw response.notBoxApi();
                }
                String name = response.text("name");
                if (folder.upload && !canUpload(response.json())) {
                    throw BoxRefusals.folderNotWritable(folder.id, name, who);
                }
                return name;
            case 404:
                if (response.json() == null) {
                    throw response.notBoxApi();
                }
                throw BoxRefusals.folderNotVisible(folder.id, who, forOneItem, response.requestId());
            case 401:
            case 403:
                throw refusedToken(response, token, BoxRefusals.USUAL_REASONS);
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
                token.value);
        if (response.status == 200 && response.text("name") != null) {
            return response.text("name");
        }
        if (response.status == 401 || response.status == 403) {
            throw refusedToken(response, token, BoxRefusals.USUAL_REASONS);
        }
        if (response.status == 200 || response.json() == null) {
            throw response.notBoxApi();
        }
        throw BoxRefusals.downscopedItemUnreachable(item, response.status, response.requestId());
    }

    private BoxResponse get(HttpUrl url, Secret token) throws BoxCheckFailure {
        return http.send(new Request.Builder().url(url).header("Authorization", "Bearer " + token.reveal())
                .header("Accept", "application/json").header("User-Agent", userAgent).build());
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

    private static BoxUser parseUser(BoxResponse response) throws BoxCheckFailure {
        if (!"user".equals(response.text("type")) || response.text("id") == null) {
            throw response.notBoxApi();
        }
        return new BoxUser(response.text("id"), response.text("name"), response.text("login"), response.text("status"));
    }

    private static String stripQuery(String location) {
        int query = location.indexOf('?');
        return query < 0 ? location : location.substring(0, query);
    }
}
