package io.github.boxmaven.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.BoxHttp;
import io.github.boxmaven.boxapi.BoxResponse;
import io.github.boxmaven.credential.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.NotBoxApi;
import io.github.boxmaven.failure.TokenEndpointRejected;

import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** {@code POST /oauth2/token}: obtains an access token the way production does (Client Credentials Grant, JWT). */
public final class TokenEndpointClient {
    static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final BoxHttp http;
    private final BaseUrl baseUrl;
    private final String userAgent;
    private final Clock clock;

    public TokenEndpointClient(BoxHttp http, BaseUrl baseUrl, String userAgent, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
        this.clock = clock;
    }

    /** Client Credentials Grant. */
    public ObtainedToken clientCredentials(ClientCredentials client, Subject subject) throws BoxCheckFailure {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "client_credentials")
                .add("client_id", client.clientId())
                .add("client_secret", client.clientSecret().reveal())
                .add("box_subject_type", subject.type())
                .add("box_subject_id", subject.id())
                .build();
        return request(form, new Context("Client Credentials Grant", client.source(), subject, false));
    }

    /** JWT server authentication. */
    public ObtainedToken jwt(String clientId, Secret clientSecret, Secret assertion, Subject subject, String configSource)
            throws BoxCheckFailure {
        FormBody form = new FormBody.Builder()
                .add("grant_type", JWT_GRANT)
                .add("assertion", assertion.reveal())
                .add("client_id", clientId)
                .add("client_secret", clientSecret.reveal())
                .build();
        return request(form, new Context("JWT", configSource, subject, true));
    }

    private ObtainedToken request(FormBody form, Context context) throws BoxCheckFailure {
        HttpUrl url = baseUrl.resolve("oauth2/token");
        String display = url.toString();
        Instant sentAt = clock.instant();
        BoxResponse response = http.send(new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .post(form)
                .build());
        JsonObject json = response.json();
        if (response.status() == 200) {
            String accessToken = BoxResponse.string(json, "access_token");
            Long expiresIn = seconds(json == null ? null : json.get("expires_in"));
            if (accessToken == null || expiresIn == null || expiresIn <= 0) {
                throw new NotBoxApi(display, "HTTP 200 without access_token and expires_in", response.requestId());
            }
            return new ObtainedToken(Secret.of(accessToken), Duration.ofSeconds(expiresIn), sentAt);
        }
        String error = BoxResponse.string(json, "error");
        if (error == null && (json == null || response.status() == 404)) {
            throw new NotBoxApi(display, "HTTP " + response.status() + " with " + response.describeBody(),
                    response.requestId());
        }
        throw rejected(response.status(), error, BoxResponse.string(json, "error_description"), context,
                response.requestId());
    }

    /** Box's {@code error} and {@code error_description}, turned into the likely cause and its fix. */
    static TokenEndpointRejected rejected(int status, String error, String description, Context context,
            String requestId) {
        String what = "Box refused to issue a token by " + context.method + " (HTTP " + status
                + (error == null ? "" : ", " + error) + (description == null ? "" : ": " + description) + ")";
        String text = ((error == null ? "" : error) + " " + (description == null ? "" : description))
                .toLowerCase(Locale.ROOT);
        String fix;
        if (text.contains("invalid_client")) {
            fix = "The client id or client secret is wrong: check " + context.credentialSource + " against the app's"
                    + " Configuration page in the Box Developer Console.";
        } else if (text.contains("unauthorized_client") || text.contains("not authorized")
                || text.contains("authorize")) {
            fix = "The app is not authorized in this enterprise: an admin must authorize it in the Admin Console"
                    + " (Integrations > Platform Apps Manager) after every change of its scopes.";
        } else if (context.jwt && (text.contains("exp") || text.contains("clock") || text.contains("time"))) {
            fix = "The assertion looks expired: this machine's clock is probably more than a minute off; sync it"
                    + " (NTP) and run the build again.";
        } else if (text.contains("invalid_grant")) {
            fix = "Check the subject (" + context.subject.describe() + ", from " + context.subject.source()
                    + ": the enterprise ID, or a user of that enterprise), that the app is authorized in the Admin"
                    + " Console" + (context.jwt ? ", that the public key ID matches a key of the app, and that this"
                    + " machine's clock is less than a minute off" : "") + ".";
        } else {
            fix = "Check the app's settings in the Box Developer Console and " + context.credentialSource + ".";
        }
        return new TokenEndpointRejected(what, fix, error, requestId);
    }

    private static Long seconds(JsonElement value) {
        if (value == null || !value.isJsonPrimitive()) {
            return null;
        }
        try {
            return value.getAsJsonPrimitive().getAsBigDecimal().longValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What a token request was, for its error messages. */
    static final class Context {
        final String method;
        final String credentialSource;
        final Subject subject;
        final boolean jwt;

        Context(String method, String credentialSource, Subject subject, boolean jwt) {
            this.method = method;
            this.credentialSource = credentialSource;
            this.subject = subject;
            this.jwt = jwt;
        }
    }
}
