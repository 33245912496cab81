package io.github.boxmaven.boxapi;

import com.google.gson.JsonObject;
import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Durations;
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

    /** How far off this machine's clock may be for the plugin to sign on Box's time: beyond, something else is wrong. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofDays(1);

    private final BoxHttp http;
    private final BaseUrl baseUrl;
    private final String userAgent;
    private final Clock clock;
    private final CheckLog log;

    public TokenEndpointClient(BoxHttp http, BaseUrl baseUrl, String userAgent, Clock clock, CheckLog log) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
        this.clock = clock;
        this.log = log;
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
        return issue(() -> form, new Context("issue a token by Client Credentials Grant", source, subject, null));
    }

    /** Signs a JWT app's assertions, each with a {@code jti} of its own. */
    public interface AssertionSigner {
        /** A {@code jti} never used before. */
        String newJti();

        /** An assertion whose {@code exp} counts from {@code now}, with {@code jti}. */
        Secret sign(Instant now, String jti);
    }

    /**
     * JWT server authentication, recovering where Box's SDKs recover, once each, with a line saying so: when Box
     * refuses the assertion's {@code exp} and says its time ({@code Date}), this machine's clock is off, and a new
     * assertion is signed on Box's time; when Box refuses its {@code jti} as one it has seen (two builds that started
     * in the same instant, a request sent twice), a new assertion with a fresh {@code jti} is sent. Every attempt,
     * retries of a 429 or 5xx too, is signed afresh with a {@code jti} of its own.
     */
    public ObtainedToken jwt(String clientId, Secret clientSecret, AssertionSigner signer, Subject subject,
            String configSource) throws BoxCheckFailure {
        Duration[] skew = {Duration.ZERO};
        String[] jti = {null};
        Supplier<FormBody> forms = () -> {
            jti[0] = signer.newJti();
            return new FormBody.Builder()
                    .add("grant_type", JWT_GRANT)
                    .add("assertion", signer.sign(clock.instant().plus(skew[0]), jti[0]).reveal())
                    .add("client_id", clientId)
                    .add("client_secret", clientSecret.reveal())
                    .build();
        };
        Instant sentAt = clock.instant();
        BoxResponse response = post("oauth2/token", forms);
        Duration offBy = clockSkew(response, clock.instant());
        if (offBy != null) {
            log.warn("This machine's clock is " + Durations.format(offBy.abs()) + (offBy.isNegative() ? " ahead of"
                    : " behind") + " Box's (by the Date header of Box's answer), so Box refused the JWT assertion's"
                    + " exp claim; a new assertion was signed on Box's time and sent once more. Sync this machine's"
                    + " clock with NTP (timedatectl set-ntp true, or the CI runner's time service).");
            skew[0] = offBy;
            sentAt = clock.instant();
            response = post("oauth2/token", forms);
        }
        if (refusedClaim(response, "'jti'")) {
            log.info("Box refused the JWT assertion's jti " + jti[0] + " as one it has seen (two builds that started"
                    + " in the same instant, or a request sent twice); a new assertion with a fresh jti was signed and"
                    + " sent once more.");
            sentAt = clock.instant();
            response = post("oauth2/token", forms);
        }
        return answer(response, sentAt, new Context("issue a token by JWT", configSource, subject, jti[0]));
    }

    /** Whether Box refused the JWT assertion for this claim ({@code 'exp'}, {@code 'jti'}): {@code invalid_grant}. */
    private static boolean refusedClaim(BoxResponse response, String claim) {
        String description = response.errorDescription();
        return "invalid_grant".equals(response.error()) && description != null && description.contains(claim);
    }

    /**
     * How far Box's clock is ahead of this machine's, when Box refused an assertion's {@code exp} and told its
     * time; null otherwise, or when the difference is under a second or beyond {@link #MAX_CLOCK_SKEW}.
     */
    static Duration clockSkew(BoxResponse response, Instant receivedAt) {
        Instant boxTime = response.date();
        if (!refusedClaim(response, "'exp'") || boxTime == null) {
            return null;
        }
        Duration skew = Duration.between(receivedAt, boxTime);
        return skew.abs().getSeconds() < 1 || skew.abs().compareTo(MAX_CLOCK_SKEW) > 0 ? null : skew;
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
        return request(() -> body, response -> notTokenEndpoint(response) && response.status() != 401,
                response -> BoxRefusals.downscopeRefused(downscope.describe(), downscope.item(), response.status(),
                        response.error(), response.errorDescription(), response.requestId()));
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
        if (notTokenEndpoint(response)) {
            throw notBoxApi(response);
        }
        throw rejected(response, new Context("revoke the token", source, null, null));
    }

    /** A token from {@code /oauth2/token} for an app's credentials; a refusal names the likely cause. */
    private ObtainedToken issue(Supplier<FormBody> forms, Context context) throws BoxCheckFailure {
        Instant sentAt = clock.instant();
        return answer(post("oauth2/token", forms), sentAt, context);
    }

    private static ObtainedToken answer(BoxResponse response, Instant sentAt, Context context) throws BoxCheckFailure {
        return answer(response, sentAt, TokenEndpointClient::notTokenEndpoint, r -> rejected(r, context));
    }

    /**
     * Whether something other than Box's token endpoint answered: a 404 (the endpoint is always there), or an error
     * without Box's error fields in either shape.
     */
    private static boolean notTokenEndpoint(BoxResponse response) {
        return response.status() == 404 || response.error() == null && response.json() == null;
    }

    /**
     * {@code POST /oauth2/token}: the token of a 200 answer with JSON, else the failure: "not the Box API"
     * where {@code notBox} says so, else what {@code refusal} makes of Box's error.
     */
    private ObtainedToken request(Supplier<FormBody> forms, Predicate<BoxResponse> notBox,
            Function<BoxResponse, BoxCheckFailure> refusal) throws BoxCheckFailure {
        Instant sentAt = clock.instant();
        return answer(post("oauth2/token", forms), sentAt, notBox, refusal);
    }

    private static ObtainedToken answer(BoxResponse response, Instant sentAt, Predicate<BoxResponse> notBox,
            Function<BoxResponse, BoxCheckFailure> refusal) throws BoxCheckFailure {
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
        String error = response.error();
        String description = response.errorDescription();
        String what = "Box refused to " + context.action + " " + BoxRefusals.status(status, error, description);
        String text = ((error == null ? "" : error) + " " + (description == null ? "" : description))
                .toLowerCase(Locale.ROOT);
        String fix;
        if (text.contains("invalid_client")) {
            // "The client credentials are invalid"
            fix = "The client id or client secret is wrong: check " + context.credentialSource + " against the app's"
                    + " Configuration page in the Box Developer Console.";
        } else if (text.contains("is unauthorized for this client_id") && text.contains("box_sub")) {
            // 'The "box_subject_type" value is unauthorized for this client_id'
            fix = "The app's access level does not allow tokens for " + (context.subject == null ? "this subject"
                    : "a subject of type " + context.subject.type()) + ": App Access Only gives tokens for the service account and the"
                    + " app's own users; to act for managed users, set App + Enterprise Access (Developer Console >"
                    + " your app > Configuration > App Access Level), then have an admin authorize the app again in"
                    + " the Admin Console > Apps > Custom Apps Manager.";
        } else if (text.contains("unauthorized_client") || text.contains("not authorized")) {
            // "This app is not authorized by the enterprise admin"
            fix = "The app is not authorized in this enterprise, or needs authorizing again after a change of its"
                    + " scopes or access level: an admin authorizes it with its client id in the Admin Console > Apps >"
                    + " Custom Apps Manager.";
        } else if (context.jwt && text.contains("signature verification")) {
            // 'Signature verification error. The public key identified by "kid" must correspond to the private key...'
            fix = "The public key id in " + context.credentialSource + " names no public key of the app that matches"
                    + " its private key, or the key was removed: add a new key pair (Developer Console > your app >"
                    + " Configuration > Add and Manage Public Keys > Generate a Public/Private Keypair) and use the"
                    + " config file it downloads.";
        } else if (context.jwt && text.contains("'sub'") && context.subject != null) {
            // "Please check the 'sub' claim. The 'sub' specified is invalid."
            fix = "The subject " + context.subject.describe() + " (from " + context.subject.source() + ") is not"
                    + " valid for this app: an enterprise subject is the enterprise id, a user subject the id of a user"
                    + " of that enterprise (not a login, nor the service account's id), and the app must be authorized"
                    + " in that enterprise.";
        } else if (context.jwt && text.contains("'jti'")) {
            // "Please check the 'jti' claim. A unique 'jti' value is required.", for a fresh jti too
            fix = "Box said it had seen the assertion's jti before, also for the new assertion sent once more with the"
                    + " fresh jti " + context.jti + ": something between this machine and Box sends requests twice, or"
                    + " Box's check of the jti is at fault. Run the build again; if it persists, report it to Box"
                    + " support with the request id.";
        } else if (context.jwt && (text.contains("'exp'") || text.contains("clock") || text.contains("time"))) {
            // "Please check the 'exp' claim.", without a Date header to sign on Box's time
            fix = "The assertion looks expired: this machine's clock is probably more than a minute off; sync it"
                    + " (NTP) and run the build again.";
        } else if (!context.jwt && text.contains("grant credentials are invalid") && context.subject != null) {
            // CCG's "Grant credentials are invalid": Box's CCG guide lists the causes in this order
            fix = "Box's guide to the Client Credentials Grant names three causes, the most common first. 1. The client"
                    + " id or client secret is wrong: check " + context.credentialSource + " against the app's"
                    + " Configuration page in the Box Developer Console. 2. The app is not authorized in this"
                    + " enterprise: an admin authorizes it with its client id in the Admin Console > Apps > Custom Apps"
                    + " Manager. 3. Check the subject (" + context.subject.describe() + ", from "
                    + context.subject.source() + ": the enterprise ID, or a user of that enterprise).";
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
        final String jti;

        /**
         * @param subject null when the request is for no subject (revocation)
         * @param jti the {@code jti} of the JWT assertion sent last; null when the request was not by JWT
         */
        Context(String action, String credentialSource, Subject subject, String jti) {
            this.action = action;
            this.credentialSource = credentialSource;
            this.subject = subject;
            this.jwt = jti != null;
            this.jti = jti;
        }
    }
}
