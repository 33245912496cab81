package io.github.boxmaven.credential;

import io.github.boxmaven.credential.CredentialInputs.SettingsServer;
import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.check.CheckFixture;
import io.github.boxmaven.check.RecordingLog;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.expiry.ExpirySettings;
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
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Client Credentials Grant and JWT against a server that answers like Box's token endpoint. */
class AppTokenCheckTest {
    static final Instant NOW = Instant.now();
    static final String SECRET = "ccgSECRETcanary0a9b8c";
    static final String ACCESS = "obtainedACCESScanary5d6e7f";
    static final String SA_JSON = "{\"type\":\"user\",\"id\":\"3000001\",\"name\":\"CI Service Account\","
            + "\"login\":\"AutomationUser_3000001@boxdevedition.com\"}";
    static KeyPair keys;

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    final RecordingLog log = new RecordingLog();
    final Map<String, String> env = new HashMap<>();

    @BeforeAll
    static void keys() throws Exception {
        keys = JwtTestKeys.generate();
    }

    private CheckFixture check(String minValidity, Path tokenFile) throws Exception {
        return CheckFixture.against(server.url("/").toString(), log, new ArrayList<>())
                .minValidity(minValidity).tokenFile(tokenFile)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Inputs ccgPlan() throws Exception {
        return Inputs.builder()
                .server("box", id -> Optional.of(new SettingsServer("client-id-1", Secret.of(SECRET))))
                .enterpriseId("12345").environment(env);
    }

    private Inputs jwtPlan(String algorithm, String passphraseInFile) throws Exception {
        Path config = dir.resolve("config.json");
        Files.write(config, JwtTestKeys.config("jwt-client", SECRET, "kid-7", JwtTestKeys.encryptedPkcs8(keys.getPrivate(),
                "pp-secret"), passphraseInFile, "777").getBytes(StandardCharsets.UTF_8));
        return Inputs.builder().jwtConfig(config).environment(env)
                .jwtAlgorithm(algorithm == null ? JwtAlgorithm.RS256 : JwtAlgorithm.valueOf(algorithm));
    }

    private void tokenEndpointIssues(long expiresIn) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"access_token\":\"" + ACCESS + "\",\"expires_in\":" + expiresIn
                        + ",\"restricted_to\":[],\"token_type\":\"bearer\"}").build());
    }

    private void usersMeAnswers() {
        server.enqueue(new MockResponse.Builder().code(200).body(SA_JSON).build());
    }

    private static Map<String, String> form(RecordedRequest request) throws Exception {
        Map<String, String> form = new HashMap<>();
        for (String pair : request.getBody().utf8().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], "UTF-8"), URLDecoder.decode(kv[1], "UTF-8"));
        }
        return form;
    }

    private void assertNoSecretAnywhere(Object... outputs) {
        for (Object output : outputs) {
            for (String secret : new String[] {SECRET, ACCESS, "pp-secret"}) {
                assertFalse(String.valueOf(output).contains(secret), "secret in " + output);
            }
        }
        for (String secret : new String[] {SECRET, ACCESS, "pp-secret"}) {
            assertFalse(log.all().contains(secret), log.all());
        }
    }

    @Test
    void clientCredentialsGrantSendsBoxsFormAndVerifiesTheToken() throws Exception {
        tokenEndpointIssues(4102);
        usersMeAnswers();

        Verdict verdict = check("10m", null).verdict(ccgPlan());

        RecordedRequest tokenRequest = server.takeRequest();
        assertEquals("POST", tokenRequest.getMethod());
        assertEquals("/oauth2/token", tokenRequest.getTarget());
        assertTrue(tokenRequest.getHeaders().get("Content-Type").startsWith("application/x-www-form-urlencoded"));
        Map<String, String> form = form(tokenRequest);
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("client-id-1", form.get("client_id"));
        assertEquals(SECRET, form.get("client_secret"));
        assertEquals("enterprise", form.get("box_subject_type"));
        assertEquals("12345", form.get("box_subject_id"));
        RecordedRequest me = server.takeRequest();
        assertEquals("/2.0/users/me?fields=id,type,name,login,status,enterprise,space_amount,space_used,max_upload_size", me.getTarget());
        assertEquals("Bearer " + ACCESS, me.getHeaders().get("Authorization"));

        assertEquals(Expiry.Basis.OBTAINED, verdict.expiry.basis);
        assertEquals(NOW.plusSeconds(4102), verdict.expiry.expiresAt);
        assertEquals("Box token OK: CI Service Account <AutomationUser_3000001@boxdevedition.com> (user 3000001) in no enterprise,"
                + " token"
                + " obtained by Client Credentials Grant for enterprise 12345 (client id and secret from settings.xml"
                + " server 'box', subject from box.enterpriseId); expires in 1h 8m (at "
                + io.github.boxmaven.base.Instants.format(NOW.plusSeconds(4102), NOW)
                + ", Box's expires_in when it issued the token)", verdict.summary());
        assertTrue(log.all().contains("INFO Box: obtaining a token by Client Credentials Grant for enterprise 12345"
                + " (client id and secret from settings.xml server 'box', subject from box.enterpriseId), because a"
                + " client id, client secret and subject are set.\n"), log.all());
        assertNoSecretAnywhere(verdict.summary());
    }

    @Test
    void aShortExpiresInFailsAgainstMinValidityAndSaysWhy() throws Exception {
        tokenEndpointIssues(300);
        usersMeAnswers();
        BoxCheckFailure e = assertFailure(FailureKind.EXPIRES_TOO_SOON, () -> check("20m", null).verdict(ccgPlan()));
        assertTrue(e.getMessage().contains("expires in 5m (at "), e.getMessage());
        assertTrue(e.getMessage().contains("less than box.minValidity 20m.\nBox issues this app's tokens for 5m, so one"
                + " token cannot serve a longer stage"), e.getMessage());
    }

    @Test
    void invalidClientSaysTheIdOrSecretIsWrongAndWhereTheyCameFrom() throws Exception {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"error\":\"invalid_client\",\"error_description\":\"The client credentials are invalid\"}")
                .build());
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> check("10m", null).verdict(ccgPlan()));
        assertEquals("Box refused to issue a token by Client Credentials Grant (HTTP 400, invalid_client: The client"
                + " credentials are invalid).\nThe client id or client secret is wrong: check settings.xml server 'box'"
                + " against the app's Configuration page in the Box Developer Console.", e.getMessage());
        assertNoSecretAnywhere(e.getMessage());
    }

    @Test
    void invalidGrantPointsAtSubjectAuthorizationAndForJwtTheClock() throws Exception {
        server.enqueue(new MockResponse.Builder().code(400)
                .body("{\"error\":\"invalid_grant\",\"error_description\":\"Grant credentials are invalid\"}").build());
        BoxCheckFailure ccg = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> check("10m", null).verdict(ccgPlan()));
        assertTrue(ccg.getMessage().contains("The subject (enterprise 12345, from box.enterpriseId) cannot be used"), ccg.getMessage());

        server.enqueue(new MockResponse.Builder().code(400)
                .body("{\"error\":\"invalid_grant\",\"error_description\":\"Please check the 'exp' claim.\"}").build());
        BoxCheckFailure jwt = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED,
                () -> check("10m", null).verdict(jwtPlan(null, "pp-secret")));
        assertTrue(jwt.getMessage().contains("this machine's clock is probably more than a minute off"), jwt.getMessage());

        server.enqueue(new MockResponse.Builder().code(400).body("{\"error\":\"unauthorized_client\","
                + "\"error_description\":\"This app is not authorized by the enterprise admin\"}").build());
        BoxCheckFailure unauthorized = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED,
                () -> check("10m", null).verdict(ccgPlan()));
        assertTrue(unauthorized.getMessage().contains("an admin authorizes it with its client id in the Admin Console > Apps > Custom Apps Manager"),
                unauthorized.getMessage());
    }

    @Test
    void jwtAssertionFollowsBoxsRulesAndIsSignedWithTheAppsKey() throws Exception {
        tokenEndpointIssues(4123);
        usersMeAnswers();

        Verdict verdict = check("10m", null).verdict(jwtPlan(null, "pp-secret"));

        Map<String, String> form = form(server.takeRequest());
        assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", form.get("grant_type"));
        assertEquals("jwt-client", form.get("client_id"));
        assertEquals(SECRET, form.get("client_secret"));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(form.get("assertion"));
        jws.setKey(keys.getPublic());
        assertTrue(jws.verifySignature(), "signature does not verify with the app's public key");
        assertEquals("RS256", jws.getAlgorithmHeaderValue());
        assertEquals("JWT", jws.getHeader("typ"));
        assertEquals("kid-7", jws.getKeyIdHeaderValue());
        JwtClaims claims = JwtClaims.parse(jws.getPayload());
        assertEquals("jwt-client", claims.getIssuer());
        assertEquals("777", claims.getSubject());
        assertEquals("enterprise", claims.getClaimValue("box_sub_type"));
        assertEquals(java.util.List.of("https://api.box.com/oauth2/token"), claims.getAudience());
        assertTrue(claims.getJwtId().length() >= 16 && claims.getJwtId().length() <= 128);
        assertEquals(NOW.getEpochSecond() + 30, claims.getExpirationTime().getValue());
        assertTrue(verdict.summary().contains("token obtained by JWT for enterprise 777 (app config config.json, public"
                + " key kid-7, subject from enterpriseID in config.json)"), verdict.summary());
        assertNoSecretAnywhere(verdict.summary());
    }

    @Test
    void jwtWithRs512AndThePassphraseFromTheEnvironment() throws Exception {
        tokenEndpointIssues(4123);
        usersMeAnswers();
        env.put("BOX_JWT_PASSPHRASE", "pp-secret");
        check("10m", null).verdict(jwtPlan("RS512", null));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(form(server.takeRequest()).get("assertion"));
        jws.setKey(keys.getPublic());
        assertTrue(jws.verifySignature());
        assertEquals("RS512", jws.getAlgorithmHeaderValue());
    }

    @Test
    void theJtiIsNewEachTime() {
        assertFalse(JwtAssertion.randomJti().equals(JwtAssertion.randomJti()));
        assertEquals(64, JwtAssertion.randomJti().length());
    }

    @Test
    void theObtainedTokenIsWrittenOwnerOnlyWhenAskedAndOnlyThere() throws Exception {
        tokenEndpointIssues(4102);
        usersMeAnswers();
        Path tokenFile = dir.resolve("target/box-token");
        check("10m", tokenFile).verdict(ccgPlan());
        assertEquals(ACCESS, new String(Files.readAllBytes(tokenFile), StandardCharsets.US_ASCII));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)));
        }
        try (java.util.stream.Stream<Path> files = Files.list(tokenFile.getParent())) {
            assertEquals(List.of("box-token", "box-token.handoff", "box-token.lock"), files.map(f -> f.getFileName().toString()).sorted()
                    .collect(java.util.stream.Collectors.toList()), "no temporary file is left behind");
        }
        assertTrue(log.all().contains("Wrote the obtained access token to " + tokenFile), log.all());
        assertNoSecretAnywhere();
    }

    @Test
    void theTokenFileIsNotWrittenWhenTheCheckFails() throws Exception {
        tokenEndpointIssues(300);
        usersMeAnswers();
        Path tokenFile = dir.resolve("box-token");
        assertFailure(FailureKind.EXPIRES_TOO_SOON, () -> check("20m", tokenFile).verdict(ccgPlan()));
        assertFalse(Files.exists(tokenFile));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "4102.5", "4.1e3", "1e999999999", "\"4102\"", "99999999999", "null", "true"})
    void anExpiresInThatIsNoWholeNumberOfSecondsUpToAYearIsAClearFailure(String expiresIn) throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"" + ACCESS + "\",\"expires_in\":"
                + expiresIn + "}").build());
        BoxCheckFailure e = assertFailure(FailureKind.NOT_BOX_API, () -> check("10m", null).verdict(ccgPlan()));
        assertEquals("This does not look like the Box API at " + server.url("/oauth2/token") + ": HTTP 200 with an"
                + " expires_in that is not a whole number of seconds from 1 to 31622400 (Box's tokens live about an"
                + " hour).", e.getMessage().split("\n")[0]);
        assertNoSecretAnywhere(e.getMessage());
    }

    @Test
    void aMegabyteExpiresInIsRefusedAtOnce() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"" + ACCESS + "\",\"expires_in\":"
                + "7".repeat(1_000_000) + "}").build());
        BoxCheckFailure e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertFailure(FailureKind.NOT_BOX_API, () -> check("10m", null).verdict(ccgPlan())));
        assertTrue(e.getMessage().contains("not a JSON object"), e.getMessage());
    }

    @Test
    void anAccessTokenThatCannotBeATokenIsNeverSent() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"abc\\r\\nX-Evil: 1\","
                + "\"expires_in\":3600}").build());
        BoxCheckFailure e = assertFailure(FailureKind.NOT_BOX_API, () -> check("10m", null).verdict(ccgPlan()));
        assertTrue(e.getMessage().contains("HTTP 200 with an access_token that contains a space or line break at"
                + " position 4 of 14"), e.getMessage());
        assertEquals(1, server.getRequestCount(), "nothing was sent with it");
    }

    @Test
    void eachJwtAttemptSignsAFreshAssertion() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).body("{\"error\":\"unavailable\"}").build());
        tokenEndpointIssues(4123);
        usersMeAnswers();
        CheckFixture.against(server.url("/").toString()).retries(1).verdict(jwtPlan(null, "pp-secret"));
        String first = jti(server.takeRequest());
        String second = jti(server.takeRequest());
        assertFalse(first.equals(second), "Box refuses a jti it has seen");
    }

    private static String jti(RecordedRequest request) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(form(request).get("assertion"));
        jws.setKey(keys.getPublic());
        assertTrue(jws.verifySignature());
        return JwtClaims.parse(jws.getPayload()).getJwtId();
    }

    @Test
    void appCredentialsForAHostThatIsNeitherBoxNorLoopbackAreWarnedAbout() throws Exception {
        Inputs plan = ccgPlan();
        assertThrows(BoxCheckFailure.class, () -> CheckFixture.against("https://box.example.org", log, new ArrayList<>())
                .timeout(Duration.ofMillis(300)).verdict(plan));
        assertTrue(log.all().contains("WARN box.baseUrl https://box.example.org is neither Box (api.box.com or another"
                + " host under box.com) nor loopback, yet the app's credentials go there (its client secret, and with JWT"
                + " a signed assertion that Box would accept). Check box.baseUrl."), log.all());
        assertNotNull(BaseUrl.parse("https://evilbox.com").appCredentialsWarning());
        assertNull(BaseUrl.parse("https://api.box.com").appCredentialsWarning());
        assertNull(BaseUrl.parse("https://upload.app.box.com").appCredentialsWarning());
        assertNull(BaseUrl.parse(server.url("/").toString()).appCredentialsWarning());
    }

    @Test
    void twoAppsSharingASecretAreTwoCredentials() throws Exception {
        AuthPlan one = Inputs.builder().clientId("app-one").enterpriseId("12345")
                .environment(Map.of("BOX_CLIENT_SECRET", SECRET)).build().plan();
        AuthPlan two = Inputs.builder().clientId("app-two").enterpriseId("12345")
                .environment(Map.of("BOX_CLIENT_SECRET", SECRET)).build().plan();
        assertEquals(one.credential.describe(), two.credential.describe(), "the same words for the log");
        assertFalse(one.credential.identity().equals(two.credential.identity()), "but not the same credential");
        assertFalse(one.credential.identity().contains(SECRET));
    }
}
