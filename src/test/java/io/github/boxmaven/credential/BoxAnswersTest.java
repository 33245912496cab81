package io.github.boxmaven.credential;

import io.github.boxmaven.credential.CredentialInputs.SettingsServer;
import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.check.CheckFixture;
import io.github.boxmaven.check.RecordingLog;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.standin.JwtTestKeys;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers Box really sends, with Box's exact bodies and headers (each names its source), read as Box's SDKs
 * read them: the reason of a 401 or 403 in {@code WWW-Authenticate} alone, a token endpoint's refusal in either of
 * its two shapes, a reused {@code jti}, and the Client Credentials Grant's "Grant credentials are invalid".
 */
class BoxAnswersTest {
    static final String USER = "{\"type\":\"user\",\"id\":\"3000001\",\"name\":\"CI Service Account\","
            + "\"login\":\"sa@boxdevedition.com\"}";
    static final String TOKEN = "{\"access_token\":\"valid-sa-box-answers\",\"expires_in\":4100,\"token_type\":\"bearer\"}";
    static final String NEW_TOKEN = "Generate a new token (Box Developer Console > your app > Configuration > Developer"
            + " Token > Generate Developer Token) and update environment variable BOX_TOKEN.";
    static KeyPair keys;

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    final RecordingLog log = new RecordingLog();

    @BeforeAll
    static void keys() throws Exception {
        keys = JwtTestKeys.generate();
    }

    private CheckFixture check() {
        return CheckFixture.against(server.url("/").toString(), log, new ArrayList<>());
    }

    private Inputs ccg() throws Exception {
        return Inputs.builder().server("box", id -> Optional.of(new SettingsServer("client-id-1", Secret.of("s"))))
                .enterpriseId("12345");
    }

    private Inputs jwt() throws Exception {
        Path config = dir.resolve("config.json");
        Files.write(config, JwtTestKeys.config("jwt-client", "jwtSECRET", "kid-7", JwtTestKeys.encryptedPkcs8(
                keys.getPrivate(), "pp"), "pp", "777").getBytes(StandardCharsets.UTF_8));
        return Inputs.builder().jwtConfig(config);
    }

    /** {@code {"error", "error_description"}}: the shape Box's token endpoint usually answers in. */
    private static MockResponse oauth2(String error, String description) {
        return new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json").body("{\"error\":\""
                + error + "\",\"error_description\":\"" + description + "\"}").build();
    }

    /** The ClientError shape, which the token endpoint sends too (box-java-sdk reads both). */
    private static MockResponse clientError(String code, String message) {
        return new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json").body("{\"type\":"
                + "\"error\",\"status\":400,\"code\":\"" + code + "\",\"message\":\"" + message + "\"}").build();
    }

    private static MockResponse shaped(String shape, String error, String description) {
        return shape.equals("oauth2") ? oauth2(error, description) : clientError(error, description);
    }

    // 401 with an empty body, the reason in WWW-Authenticate: ../shared/box-api.md "Errors", Box's API reference
    @Test
    void a401WithTheReasonOnlyInWwwAuthenticateQuotesItAndAsksForANewToken() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).setHeader("WWW-Authenticate", "Bearer realm=\"Service\","
                + " error=\"invalid_token\", error_description=\"The access token provided is invalid.\"")
                .setHeader("box-request-id", "0b1c2d").build());
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_REJECTED,
                () -> check().verdict(CheckFixture.tokenInEnvironment("a-token-box-rejects")));
        assertEquals("Box rejected the token from environment variable BOX_TOKEN (HTTP 401): it is invalid, revoked or"
                + " expired (developer tokens expire 60 minutes after they are generated; Box does not say which); Box"
                + " says: invalid_token (The access token provided is invalid.) (Box request id 0b1c2d).\n" + NEW_TOKEN,
                e.getMessage());
    }

    // 403 with an empty body, insufficient_scope in WWW-Authenticate: box-java-sdk legacy BoxAPIResponseExceptionTest,
    // box-windows-sdk-v2 issue 264
    @Test
    void a403WithInsufficientScopeOnlyInWwwAuthenticateNamesTheScopesAndTheDownscope() throws Exception {
        server.enqueue(new MockResponse.Builder().code(403).setHeader("WWW-Authenticate", "Bearer realm=\"Service\","
                + " error=\"insufficient_scope\", error_description=\"The request requires higher privileges than"
                + " provided by the access token.\"").build());
        BoxCheckFailure e = assertFailure(FailureKind.ACCESS_DENIED,
                () -> check().verdict(CheckFixture.tokenInEnvironment("valid-but-narrow")));
        assertEquals("Box accepted the token from environment variable BOX_TOKEN but refused the request (HTTP 403,"
                + " insufficient_scope: The request requires higher privileges than provided by the access token.).\n"
                + "Give the app the scopes it needs (Developer Console > your app > Configuration > Application Scopes),"
                + " have an admin re-authorize it, then get a new token; a downscoped token needs the scope in"
                + " box.downscope too.", e.getMessage());
    }

    // a 403 whose WWW-Authenticate says invalid_token: the header chooses the fix, a new token
    @Test
    void a403WhoseChallengeSaysInvalidTokenAsksForANewToken() throws Exception {
        server.enqueue(new MockResponse.Builder().code(403).setHeader("WWW-Authenticate", "Bearer realm=\"Service\","
                + " error=\"invalid_token\", error_description=\"The access token provided is invalid.\"").build());
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_REJECTED,
                () -> check().verdict(CheckFixture.tokenInEnvironment("a-token-box-rejects")));
        assertEquals("Box rejected the token from environment variable BOX_TOKEN (HTTP 403): it is invalid, revoked or"
                + " expired (developer tokens expire 60 minutes after they are generated; Box does not say which); Box"
                + " says: invalid_token (The access token provided is invalid.).\n" + NEW_TOKEN, e.getMessage());
    }

    // what a server puts into WWW-Authenticate is server text: cleaned before it is quoted
    @Test
    void aChallengeWithControlCharactersIsQuotedCleaned() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).addHeaderLenient("WWW-Authenticate", "Bearer"
                + " error=\"invalid_token\", error_description=\"x\u001b[2J\\\"y\"").build());
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_REJECTED,
                () -> check().verdict(CheckFixture.tokenInEnvironment("a-token-box-rejects")));
        assertTrue(e.getMessage().contains("; Box says: invalid_token (x?[2J\"y).\n"), e.getMessage());
    }

    // the token endpoint's refusal in its two shapes: ../shared/box-api.md "Refusals Box really sends"
    @ParameterizedTest
    @ValueSource(strings = {"oauth2", "clientError"})
    void aTokenEndpointRefusalGetsTheSameMessageInEitherShape(String shape) throws Exception {
        server.enqueue(shaped(shape, "invalid_client", "The client credentials are invalid"));
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> check().verdict(ccg()));
        assertEquals("Box refused to issue a token by Client Credentials Grant (HTTP 400, invalid_client: The client"
                + " credentials are invalid).\nThe client id or client secret is wrong: check settings.xml server 'box'"
                + " against the app's Configuration page in the Box Developer Console.", e.getMessage());
    }

    // the clock-skew recovery starts whichever shape the refusal of 'exp' came in
    @ParameterizedTest
    @ValueSource(strings = {"oauth2", "clientError"})
    void aRefusedExpInEitherShapeIsSignedAgainOnBoxsTime(String shape) throws Exception {
        String boxTime = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(600)
                .atOffset(ZoneOffset.UTC));
        MockResponse refusal = shaped(shape, "invalid_grant", "Please check the 'exp' claim. The 'exp' value exceeds"
                + " the maximum value of 60 seconds beyond the issue time.");
        server.enqueue(refusal.newBuilder().setHeader("Date", boxTime).build());
        server.enqueue(new MockResponse.Builder().code(200).body(TOKEN).build());
        server.enqueue(new MockResponse.Builder().code(200).body(USER).build());
        check().verdict(jwt());
        assertEquals(3, server.getRequestCount());
        assertTrue(log.all().contains("WARN This machine's clock is "), log.all());
    }

    // the token exchange and the revocation read both shapes too
    @ParameterizedTest
    @ValueSource(strings = {"oauth2", "clientError"})
    void aRefusedDownscopeAndARefusedRevocationReadEitherShape(String shape) throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(USER).build());
        server.enqueue(shaped(shape, "invalid_scope", "The requested scope is invalid, unknown, or malformed"));
        BoxCheckFailure e = assertFailure(FailureKind.DOWNSCOPE_REFUSED, () -> check().downscope("no_such_scope", null)
                .verdict(CheckFixture.tokenInEnvironment("valid-developer-token")));
        assertEquals("Box refused to downscope the verified token to no_such_scope (HTTP 400, invalid_scope: The"
                + " requested scope is invalid, unknown, or malformed).\nCheck box.downscope: each scope must be one Box"
                + " knows (item_upload, item_preview, base_explorer...) and one the verified token holds (the app's"
                + " Application Scopes in the Developer Console).", e.getMessage());

        server.enqueue(shaped(shape, "invalid_client", "The client credentials are invalid"));
        BoxCheckFailure revoke = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> new io.github.boxmaven.boxapi
                .TokenEndpointClient(http(), io.github.boxmaven.boxapi.BaseUrl.parse(server.url("/").toString()), "t",
                java.time.Clock.systemUTC(), log).revoke("id", Secret.of("s"), "box.clientId and BOX_CLIENT_SECRET",
                Secret.of("valid-to-revoke")));
        assertEquals("Box refused to revoke the token (HTTP 400, invalid_client: The client credentials are invalid).\n"
                + "The client id or client secret is wrong: check box.clientId and BOX_CLIENT_SECRET against the app's"
                + " Configuration page in the Box Developer Console.", revoke.getMessage());
    }

    private io.github.boxmaven.boxapi.BoxHttp http() throws Exception {
        return new io.github.boxmaven.boxapi.BoxHttp(io.github.boxmaven.boxapi.HttpClients.create(
                java.time.Duration.ofSeconds(5), null, null), io.github.boxmaven.boxapi.RetryPolicy.withRetries(0),
                duration -> { }, java.time.Clock.systemUTC(), log, java.time.Duration.ofSeconds(5));
    }

    // JWT's reused jti: "Please check the 'jti' claim. A unique 'jti' value is required." (../shared/box-api.md);
    // box-java-sdk and box-python-sdk sign a new assertion with a fresh jti and send it once more
    @Test
    void aReusedJtiIsSignedAgainWithAFreshJtiOnce() throws Exception {
        server.enqueue(oauth2("invalid_grant", "Please check the 'jti' claim. A unique 'jti' value is required."));
        server.enqueue(new MockResponse.Builder().code(200).body(TOKEN).build());
        server.enqueue(new MockResponse.Builder().code(200).body(USER).build());
        check().verdict(jwt());
        assertEquals(3, server.getRequestCount(), "refused, sent once more, then /users/me");
        List<String> jtis = List.of(jti(server.takeRequest()), jti(server.takeRequest()));
        assertNotEquals(jtis.get(0), jtis.get(1), "the assertion sent once more has a fresh jti");
        assertTrue(log.all().contains("INFO Box refused the JWT assertion's jti " + jtis.get(0) + " as one it has seen"
                + " (two builds that started in the same instant, or a request sent twice); a new assertion with a"
                + " fresh jti was signed and sent once more."), log.all());
    }

    @Test
    void aJtiRefusedTwiceSaysSoNamingTheJtiNotTheSubjectOrTheKey() throws Exception {
        MockResponse refusal = oauth2("invalid_grant", "Please check the 'jti' claim. A unique 'jti' value is"
                + " required.");
        server.enqueue(refusal);
        server.enqueue(refusal);
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> check().verdict(jwt()));
        assertEquals(2, server.getRequestCount(), "sent once more, no more");
        server.takeRequest();
        String second = jti(server.takeRequest());
        assertEquals("Box refused to issue a token by JWT (HTTP 400, invalid_grant: Please check the 'jti' claim. A"
                + " unique 'jti' value is required.).\nBox said it had seen the assertion's jti before, also for the new"
                + " assertion sent once more with the fresh jti " + second + ": something between this machine and Box"
                + " sends requests twice, or Box's check of the jti is at fault. Run the build again; if it persists,"
                + " report it to Box support with the request id.", e.getMessage());
    }

    private static String jti(RecordedRequest request) throws Exception {
        String assertion = null;
        for (String pair : request.getBody().utf8().split("&")) {
            if (pair.startsWith("assertion=")) {
                assertion = URLDecoder.decode(pair.substring("assertion=".length()), "UTF-8");
            }
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(assertion);
        jws.setKey(keys.getPublic());
        assertTrue(jws.verifySignature());
        return JwtClaims.parse(jws.getPayload()).getJwtId();
    }

    // CCG's "Grant credentials are invalid" (developer.box.com, guides/authentication/client-credentials, "Common
    // errors"): a wrong client id or secret, a subject the app's access level cannot use, an app not authorized; in
    // that order, none called the most common (issue 36, item 4)
    @ParameterizedTest
    @ValueSource(strings = {"oauth2", "clientError"})
    void grantCredentialsAreInvalidNamesTheCausesInBoxsOrder(String shape) throws Exception {
        server.enqueue(shaped(shape, "invalid_grant", "Grant credentials are invalid"));
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> check().verdict(ccg()));
        assertEquals("Box refused to issue a token by Client Credentials Grant (HTTP 400, invalid_grant: Grant"
                + " credentials are invalid).\nBox's guide to the Client Credentials Grant names three causes. 1. The"
                + " client id or client secret is wrong or not of the same app: check settings.xml server 'box' against"
                + " the app's Configuration page in the Box Developer Console. 2. The subject (enterprise 12345, from"
                + " box.enterpriseId) cannot be used with the app's access level: an App Access Only app authenticates"
                + " only as its service account (box.enterpriseId); a managed user or admin (box.userId) needs App +"
                + " Enterprise Access and Generate User Access Tokens, an app user Generate User Access Tokens. 3. The"
                + " app is not authorized in this enterprise: an admin authorizes it with its client id in the Admin"
                + " Console > Apps > Custom Apps Manager.", e.getMessage());
    }

    /** Box's refusals of an app, as ../shared/box-api.md quotes them, each in both shapes with the same fix. */
    @ParameterizedTest
    @ValueSource(strings = {"oauth2", "clientError"})
    void boxsRefusalsOfAnAppAsBoxWordsThem(String shape) throws Exception {
        Map<String, String> refusals = Map.of(
                // developer docs, JWT troubleshooting: the key pair
                "Signature verification error. The public key identified by \\\"kid\\\" must correspond to the private"
                        + " key used for signing.", "The public key id in box.jwtConfig CONFIG names no public key",
                // developer docs, JWT troubleshooting: the subject
                "Please check the 'sub' claim. The 'sub' specified is invalid.", "The subject enterprise 777 (from"
                        + " enterpriseID in config.json) is not valid for this app",
                // developer docs and box-java-sdk: an assertion Box cannot take on time, no Date to sign on
                "Please check the 'exp' claim. The 'exp' value exceeds the maximum value of 60 seconds beyond the"
                        + " issue time.", "The assertion looks expired: this machine's clock is probably more than a"
                        + " minute off");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            server.enqueue(shaped(shape, "invalid_grant", refusal.getKey()));
            BoxCheckFailure e = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> check().verdict(jwt()));
            assertTrue(e.getMessage().startsWith("Box refused to issue a token by JWT (HTTP 400, invalid_grant: "
                    + refusal.getKey().replace("\\\"", "\"") + ").\n" + refusal.getValue().replace("CONFIG",
                    dir.resolve("config.json").toString())), e.getMessage());
        }
        // support articles: the app is not authorized, or its access level does not allow the subject type
        for (String description : new String[] {"This app is not authorized by the enterprise admin",
            "The \\\"box_subject_type\\\" value is unauthorized for this client_id"}) {
            server.enqueue(shaped(shape, "unauthorized_client", description));
            BoxCheckFailure e = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> check().verdict(ccg()));
            assertTrue(e.getMessage().contains("Admin Console > Apps > Custom Apps Manager."), e.getMessage());
        }
    }
}
