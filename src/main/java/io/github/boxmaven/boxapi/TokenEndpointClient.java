package io.github.boxmaven.boxapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.BoxRefusals;
import io.github.boxmaven.failure.Fixes;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
        FormBody form = new FormBody.Builder().add("grant_type", "client_credentials").add("client_id", clientId)
                .add("client_secret", clientSecret.reveal()).add("box_subject_type", subject.type)
                .add("box_subject_id", subject.id).build();
        return obtain(() -> form, response -> rejected(response, "issue a token by Client Credentials Grant", source,
                subject, null));
    }

    /** Signs a JWT app's assertions, each with a {@code jti} of its own. */
    public interface AssertionSigner {
        /** A {@code jti} never used before. */
        String newJti();

        /** An assertion whose {@code exp} counts from {@code now}, with {@code jti}. */
        Secret sign(Instant now, String jti);
    }

    /**
     * JWT server authentication, recovering once each where Box's SDKs do, saying so: an {@code exp} refused with Box's
     * {@code Date} is signed again on Box's time, a {@code jti} Box has seen again with a fresh one. Every attempt,
     * retries too, is signed afresh with a {@code jti} of its own.
     */
    public ObtainedToken jwt(String clientId, Secret clientSecret, AssertionSigner signer, Subject subject,
            String configSource) throws BoxCheckFailure {
        Duration[] skew = {Duration.ZERO};
        String[] jti = {null};
        Supplier<FormBody> forms = () -> {
            jti[0] = signer.newJti();
            return new FormBody.Builder().add("grant_type", JWT_GRANT)
                    .add("assertion", signer.sign(clock.instant().plus(skew[0]), jti[0]).reveal())
                    .add("client_id", clientId).add("client_secret", clientSecret.reveal()).build();
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
        return answer(response, sentAt, r -> rejected(r, "issue a token by JWT", configSource, subject, jti[0]));
    }

    /** Whether Box refused the JWT assertion for this claim ({@code 'exp'}, {@code 'jti'}): {@code invalid_grant}. */
    private static boolean refusedClaim(BoxResponse response, String claim) {
        String description = response.errorDescription();
        return "invalid_grant".equals(response.error()) && description != null && description.contains(claim);
    }

    /** How far Box's clock is ahead, when it refused the {@code exp} and said its time; null if under 1 s or over a day. */
    static Duration clockSkew(BoxResponse response, Instant receivedAt) {
        Instant boxTime = response.date();
        if (!refusedClaim(response, "'exp'") || boxTime == null) {
            return null;
        }
        Duration skew = Duration.between(receivedAt, boxTime);
        return skew.abs().getSeconds() < 1 || skew.abs().compareTo(MAX_CLOCK_SKEW) > 0 ? null : skew;
    }

    /** Token exchange: the verified token narrowed to {@code box.downscope}'s scopes and item. */
    public ObtainedToken downscope(Secret subjectToken, Downscope downscope) throws BoxCheckFailure {
        FormBody.Builder form = new FormBody.Builder().add("grant_type", TOKEN_EXCHANGE_GRANT)
                .add("subject_token", subjectToken.reveal()).add("subject_token_type", ACCESS_TOKEN_TYPE)
                .add("scope", downscope.scope());
        HttpUrl resource = downscope.resourceUrl(baseUrl);
        if (resource != null) {
            form.add("resource", resource.toString());
        }
        FormBody body = form.build();
        return obtain(() -> body, response -> BoxRefusals.downscopeRefused(downscope.describe(), downscope.item(),
                response.status, response.error(), response.errorDescription(), response.requestId()));
    }

    /** {@code POST /oauth2/revoke}: the token stops working at once; {@code source} names the id and secret's place. */
    public void revoke(String clientId, Secret clientSecret, String source, Secret token) throws BoxCheckFailure {
        FormBody form = new FormBody.Builder().add("client_id", clientId).add("client_secret", clientSecret.reveal())
                .add("token", token.reveal()).build();
        BoxResponse response = post("oauth2/revoke", () -> form);
        if (response.status != 200) {
            throw notTokenEndpoint(response) ? response.notBoxApi() : rejected(response, "revoke the token", source,
                    null, null);
        }
    }

    /** The token of a 200 answer, else "not the Box API" ({@link #notTokenEndpoint}), else {@code refusal}. */
    private ObtainedToken obtain(Supplier<FormBody> forms, Function<BoxResponse, BoxCheckFailure> refusal)
            throws BoxCheckFailure {
        Instant sentAt = clock.instant();
        return answer(post("oauth2/token", forms), sentAt, refusal);
    }

    private static ObtainedToken answer(BoxResponse response, Instant sentAt,
            Function<BoxResponse, BoxCheckFailure> refusal) throws BoxCheckFailure {
        if (response.status == 200 && response.json() != null) {
            return issued(response, sentAt);
        }
        throw notTokenEndpoint(response) ? response.notBoxApi() : refusal.apply(response);
    }

    /** A 404, or no error in either of Box's shapes (but a bare 401, Box's refusal of a token to exchange). */
    private static boolean notTokenEndpoint(BoxResponse response) {
        return response.status == 404 || response.error() == null && response.json() == null
                && !(response.status == 401 && response.url.endsWith("/oauth2/token"));
    }

    private BoxResponse post(String path, Supplier<FormBody> forms) throws BoxCheckFailure {
        HttpUrl url = baseUrl.resolve(path);
        return http.send(() -> new Request.Builder().url(url).header("Accept", "application/json")
                .header("User-Agent", userAgent).post(forms.get()).build());
    }

    /** The token and its lifetime from a 200 answer; both are checked before anything uses them. */
    private static ObtainedToken issued(BoxResponse response, Instant sentAt) throws BoxCheckFailure {
        String accessToken = Json.string(response.json(), "access_token");
        String problem = accessToken == null ? null : TokenSyntax.problem(accessToken);
        if (accessToken == null || problem != null) {
            throw BoxRefusals.notBoxApi(response.url, "HTTP 200 " + (accessToken == null ? "without access_token"
                    : "with an access_token that " + problem), response.requestId());
        }
        return new ObtainedToken(Secret.of(accessToken), expiresIn(response), sentAt, restrictedTo(response.json()),
                response.requestId());
    }

    /**
     * {@code restricted_to}: {@code [{scope, object: {type, id}}]}, each as {@code item_upload folder 111} (the object
     * left out when there is none); an entry without a scope of Box's form, or an object without a digit id, is
     * left out, and so is anything but an array.
     */
    static List<String> restrictedTo(JsonObject json) {
        JsonElement list = json.get("restricted_to");
        List<String> grants = new ArrayList<>();
        if (list == null || !list.isJsonArray()) {
            return grants;
        }
        for (JsonElement entry : list.getAsJsonArray()) {
            String scope = entry.isJsonObject() ? Json.string(entry.getAsJsonObject(), "scope") : null;
            if (scope != null && scope.matches(Downscope.SCOPE.pattern()) && grants.size() < 64) {
                JsonObject object = Json.object(entry.getAsJsonObject(), "object");
                String type = Json.string(object, "type");
                String id = Json.string(object, "id");
                boolean item = id != null && id.matches(BoxApiClient.ID) && ("folder".equals(type)
                        || "file".equals(type));
                grants.add(scope + (item ? " " + type + " " + id : ""));
            }
        }
        return grants;
    }

    /** {@code expires_in}: 1 s to {@link #MAX_EXPIRES_IN}, read from its digits (no arithmetic on what Box sent). */
    static Duration expiresIn(BoxResponse response) throws BoxCheckFailure {
        String digits = Json.numberText(response.json(), "expires_in");
        if (digits == null || !WHOLE_SECONDS.matcher(digits).matches()
                || Long.parseLong(digits) > MAX_EXPIRES_IN.getSeconds()) {
            throw BoxRefusals.notBoxApi(response.url, "HTTP 200 with an expires_in that is not a whole number of"
                    + " seconds from 1 to " + MAX_EXPIRES_IN.getSeconds() + " (Box's tokens live about an hour)",
                    response.requestId());
        }
        return Duration.ofSeconds(Long.parseLong(digits));
    }

    /** Box refused to {@code action}: its error and fix; {@code subject} null to revoke, {@code jti} null but by JWT. */
    private static BoxCheckFailure rejected(BoxResponse response, String action, String credentialSource,
            Subject subject, String jti) {
        return BoxRefusals.tokenEndpointRejected("Box refused to " + action + " " + BoxRefusals.status(
                response.status, response.error(), response.errorDescription()), response.error(), Fixes.tokenEndpoint(
                response.error(), response.errorDescription(), credentialSource, subject == null ? null
                        : subject.describe(), subject == null ? null : subject.source, jti), response.requestId());
    }
}
