package io.github.boxmaven.boxapi;

import com.google.gson.JsonObject;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.BoxRefusals;

import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Box's OAuth 2 endpoints: {@code POST /oauth2/token} obtains an access token the way production does
 * (Client Credentials Grant, JWT) or narrows one (token exchange); {@code POST /oauth2/revoke} ends one.
 */
public final class TokenEndpointClient {
    static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final String TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
    static final String ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";
    /** The longest {@code expires_in} taken: about a year. */
    static final Duration MAX_EXPIRES_IN = Duration.ofDays(366);
    private static final Pattern WHOLE_SECONDS = Pattern.compile("[1-9][0-9]{0,9}");

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

    /** The time by the check's clock, for assertions signed now. */
    public Instant now() {
        return clock.instant();
    }

    /** Client Credentials Grant; {@code source} says where the id and secret came from, for messages. */
    public ObtainedToken clientCredentials(String clientId, Secret clientSecret, Subject subject, String source)
            throws BoxCheckFailure {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "client_credentials")
                .add("client_id", clientId)
                .add("client_secret", clientSecret.reveal())
                .add("box_subject_type", subject.type())
                .add("box_subject_id", subject.id())
                .build();
        return issue(() -> form, new Context("issue a token by Client Credentials Grant", source, subject, false));
    }

    /**
     * JWT server authentication.
     *
     * @param assertions signs a new assertion for every attempt: Box refuses a {@code jti} it has seen
     */
    public ObtainedToken jwt(String clientId, Secret clientSecret, Supplier<Secret> assertions, Subject subject,
            String configSource) throws BoxCheckFailure {
        return issue(() -> new FormBody.Builder()
                .add("grant_type", JWT_GRANT)
                .add("assertion", assertions.get().reveal())
                .add("client_id", clientId)
                .add("client_secret", clientSecret.reveal())
                .build(), new Context("issue a token by JWT", configSource, subject, true));
    }

    /**
     * Token exchange: the verified token narrowed to {@code box.downscope}'s scopes and item. Needs no
     * client credentials.
     */
    public ObtainedToken downscope(Secret subjectToken, Downscope downscope) throws BoxCheckFailure {
        FormBody.Builder form = new FormBody.Builder()
                .add("grant_type", TOKEN_EXCHANGE_GRANT)
                .add("subject_token", subjectToken.reveal())
                .add("subject_token_type", ACCESS_TOKEN_TYPE)
                .add("scope", downscope.scope());
        HttpUrl resource = downscope.resourceUrl(baseUrl);
        if (resource != null) {
            form.add("resource", resource.toString());
        }
        FormBody body = form.build();
        return request(() -> body, response -> response.text("error") == null && response.status() != 401,
                response -> BoxRefusals.downscopeRefused(downscope.describe(), downscope.item(), response.status(),
                        response.text("error"), response.text("error_description"), response.requestId()));
    }

    /**
     * {@code POST /oauth2/revoke}: the token stops working at once.
     *
     * @param source where the client id and secret came from, for messages
     */
    public void revoke(String clientId, Secret clientSecret, String source, Secret token) throws BoxCheckFailure {
        FormBody form = new FormBody.Builder()
                .add("client_id", clientId)
                .add("client_secret", clientSecret.reveal())
                .add("token", token.reveal())
                .build();
        BoxResponse response = post("oauth2/revoke", () -> form);
        if (response.status() == 200) {
            return;
        }
        if (response.text("error") == null) {
            throw notBoxApi(response);
        }
        throw rejected(response, new Context("revoke the token", source, null, false));
    }

    /** A token from {@code /oauth2/token} for an app's credentials; a refusal names the likely cause. */
    private ObtainedToken issue(Supplier<FormBody> forms, Context context) throws BoxCheckFailure {
        return request(forms, response -> response.text("error") == null
                && (response.json() == null || response.status() == 404), response -> rejected(response, context));
    }

    /**
     * {@code POST /oauth2/token}: the token of a 200 answer with JSON, else the failure: "not the Box API"
     * where {@code notBox} says so, else what {@code refusal} makes of Box's error.
     */
    private ObtainedToken request(Supplier<FormBody> forms, Predicate<BoxResponse> notBox,
            Function<BoxResponse, BoxCheckFailure> refusal) throws BoxCheckFailure {
        Instant sentAt = clock.instant();
        BoxResponse response = post("oauth2/token", forms);
        if (response.status() == 200 && response.json() != null) {
            return issued(response, sentAt);
        }
        throw notBox.test(response) ? notBoxApi(response) : refusal.apply(response);
    }

    private BoxResponse post(String path, Supplier<FormBody> forms) throws BoxCheckFailure {
        HttpUrl url = baseUrl.resolve(path);
        return http.send(() -> new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .post(forms.get())
                .build());
    }

    private static BoxCheckFailure notBoxApi(BoxResponse response) {
        return BoxRefusals.notBoxApi(response.url(), "HTTP " + response.status() + " with " + response.describeBody(),
                response.requestId());
    }

    /** The token and its lifetime from a 200 answer; both are checked before anything uses them. */
    private static ObtainedToken issued(BoxResponse response, Instant sentAt) throws BoxCheckFailure {
        JsonObject json = response.json();
        String display = response.url();
        String requestId = response.requestId();
        String accessToken = Json.string(json, "access_token");
        if (accessToken == null) {
            throw BoxRefusals.notBoxApi(display, "HTTP 200 without access_token", requestId);
        }
        String problem = TokenSyntax.problem(accessToken);
        if (problem != null) {
            throw BoxRefusals.notBoxApi(display, "HTTP 200 with an access_token that " + problem, requestId);
        }
        return new ObtainedToken(Secret.of(accessToken), expiresIn(json, display, requestId), sentAt);
    }

    /**
     * {@code expires_in}: a whole number of seconds from 1 to {@link #MAX_EXPIRES_IN}, read from its digits
     * (no number arithmetic on what the server sent, however long).
     */
    static Duration expiresIn(JsonObject json, String display, String requestId) throws BoxCheckFailure {
        String digits = Json.numberText(json, "expires_in");
        if (digits == null || !WHOLE_SECONDS.matcher(digits).matches()
                || Long.parseLong(digits) > MAX_EXPIRES_IN.getSeconds()) {
            throw BoxRefusals.notBoxApi(display, "HTTP 200 with an expires_in that is not a whole number of seconds from 1 to "
                    + MAX_EXPIRES_IN.getSeconds() + " (Box's tokens live about an hour)", requestId);
        }
        return Duration.ofSeconds(Long.parseLong(digits));
    }

    /** Box's {@code error} and {@code error_description}, turned into the likely cause and its fix. */
    static BoxCheckFailure rejected(BoxResponse response, Context context) {
        int status = response.status();
        String error = response.text("error");
        String description = response.text("error_description");
        String what = "Box refused to " + context.action + " " + BoxRefusals.status(status, error, description);
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
        } else if (text.contains("invalid_grant") && context.subject != null) {
            fix = "Check the subject (" + context.subject.describe() + ", from " + context.subject.source()
                    + ": the enterprise ID, or a user of that enterprise), that the app is authorized in the Admin"
                    + " Console" + (context.jwt ? ", that the public key ID matches a key of the app, and that this"
                    + " machine's clock is less than a minute off" : "") + ".";
        } else {
            fix = "Check the app's settings in the Box Developer Console and " + context.credentialSource + ".";
        }
        return BoxRefusals.tokenEndpointRejected(what, fix, response.requestId());
    }

    /** What a token request was, for its error messages. */
    static final class Context {
        final String action;
        final String credentialSource;
        final Subject subject;
        final boolean jwt;

        /** @param subject null when the request is for no subject (revocation) */
        Context(String action, String credentialSource, Subject subject, boolean jwt) {
            this.action = action;
            this.credentialSource = credentialSource;
            this.subject = subject;
            this.jwt = jwt;
        }
    }
}
