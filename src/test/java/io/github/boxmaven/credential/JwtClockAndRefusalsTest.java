package io.github.boxmaven.credential;

import io.github.boxmaven.credential.CredentialInputs.SettingsServer;
import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.check.CheckFixture;
import io.github.boxmaven.check.RecordingLog;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.standin.JwtTestKeys;

import mockwebserver3.Dispatcher;
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
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JWT as Box's SDKs do it: a clock that is off is read from Box's Date header and forgiven once; Box's known
 * refusals of an app, with its exact error bodies, each get their fix.
 */
class JwtClockAndRefusalsTest {
    static final String USER = "{\"type\":\"user\",\"id\":\"3000001\",\"name\":\"CI Service Account\",\"login\":\"sa@boxdevedition.com\"}";
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

    private Inputs jwtPlan() throws Exception {
        Path config = dir.resolve("config.json");
        Files.write(config, JwtTestKeys.config("jwt-client", "jwtSECRET", "kid-7", JwtTestKeys.encryptedPkcs8(
                keys.getPrivate(), "pp"), "pp", "777").getBytes(StandardCharsets.UTF_8));
        return Inputs.builder().jwtConfig(config);
    }

    private Inputs ccgPlan() throws Exception {
        return Inputs.builder().server("box", id -> Optional.of(new SettingsServer("client-id-1", Secret.of("s"))))
                .enterpriseId("12345");
    }

    private CheckFixture check() {
        return CheckFixture.against(server.url("/").toString(), log, new ArrayList<>());
    }

    /**
     * A token endpoint as Box's is: it checks {@code exp} against its own clock, {@code clockAhead} ahead of this
     * machine's, says its time in {@code Date} (unless told not to), and refuses a {@code jti} it has seen.
     */
    private final class BoxClock extends Dispatcher {
        final Duration clockAhead;
        final boolean sendsDate;
        final Set<String> seenJti = ConcurrentHashMap.newKeySet();
        final List<String> jtis = new ArrayList<>();

        BoxClock(Duration clockAhead, boolean sendsDate) {
            this.clockAhead = clockAhead;
            this.sendsDate = sendsDate;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            Instant now = Instant.now().plus(clockAhead);
            if (!request.getUrl().encodedPath().equals("/oauth2/token")) {
                return new MockResponse.Builder().code(200).body(USER).build();
            }
            try {
                JsonWebSignature jws = new JsonWebSignature();
                jws.setCompactSerialization(form(request).get("assertion"));
                jws.setKey(keys.getPublic());
                assertTrue(jws.verifySignature());
                JwtClaims claims = JwtClaims.parse(jws.getPayload());
                jtis.add(claims.getJwtId());
                long exp = claims.getExpirationTime().getValue();
                if (!seenJti.add(claims.getJwtId())) {
                    return refusal(now, "Please check the 'jti' claim. A unique 'jti' value is required.");
                }
                if (exp <= now.getEpochSecond() || exp > now.getEpochSecond() + 60) {
                    return refusal(now, "Please check the 'exp' claim.");
                }
                return new MockResponse.Builder().code(200).body("{\"access_token\":\"valid-sa-jwt\",\"expires_in\":4100,"
                        + "\"token_type\":\"bearer\"}").build();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private MockResponse refusal(Instant now, String description) {
            MockResponse.Builder answer = new MockResponse.Builder().code(400).body("{\"error\":\"invalid_grant\","
                    + "\"error_description\":\"" + description + "\"}");
            if (sendsDate) {
                answer.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)));
            }
            return answer.build();
        }
    }

    private static Map<String, String> form(RecordedRequest request) throws Exception {
        Map<String, String> form = new HashMap<>();
        for (String pair : request.getBody().utf8().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], "UTF-8"), URLDecoder.decode(kv[1], "UTF-8"));
        }
        return form;
    }

    @Test
    void aClockTenMinutesBehindBoxsIsForgivenOnceWithOneWarning() throws Exception {
        BoxClock box = new BoxClock(Duration.ofMinutes(10), true);
        server.setDispatcher(box);
        Verdict verdict = check().verdict(jwtPlan());
        assertTrue(verdict.summary().startsWith("Box token OK: CI Service Account <sa@boxdevedition.com> (user 3000001)"),
                verdict.summary());
        assertEquals(2, box.jtis.size(), "one assertion refused, one signed on Box's time");
        assertTrue(!box.jtis.get(0).equals(box.jtis.get(1)), "every assertion has a fresh jti");
        List<String> warnings = new ArrayList<>();
        log.lines.stream().filter(line -> line.startsWith("WARN ")).forEach(warnings::add);
        assertEquals(1, warnings.size(), log.all());
        assertTrue(warnings.get(0).matches("WARN This machine's clock is (9m 5\\ds|10m|10m [12]s) behind Box's \\(by the Date"
                + " header of Box's answer\\), so Box refused the JWT assertion's exp claim; a new assertion was signed on"
                + " Box's time and sent once more\\. Sync this machine's clock with NTP \\(timedatectl set-ntp true, or the"
                + " CI runner's time service\\)\\."), warnings.get(0));
    }

    @Test
    void aClockAheadOfBoxsIsForgivenToo() throws Exception {
        BoxClock box = new BoxClock(Duration.ofMinutes(-3), true);
        server.setDispatcher(box);
        check().verdict(jwtPlan());
        assertEquals(2, box.jtis.size());
        assertTrue(log.all().contains("WARN This machine's clock is 3m ahead of Box's")
                || log.all().contains("WARN This machine's clock is 2m 59s ahead of Box's")
                || log.all().contains("WARN This machine's clock is 3m 1s ahead of Box's"), log.all());
    }

    @Test
    void withoutADateHeaderTheRefusalStaysAndNamesTheClock() throws Exception {
        BoxClock box = new BoxClock(Duration.ofMinutes(10), false);
        server.setDispatcher(box);
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> check().verdict(jwtPlan()));
        assertEquals(1, box.jtis.size());
        assertTrue(e.getMessage().endsWith("\nThe assertion looks expired: this machine's clock is probably more than a"
                + " minute off; sync it (NTP) and run the build again."), e.getMessage());
    }

    @Test
    void aClockOffByMoreThanADayIsNotSignedFor() throws Exception {
        BoxClock box = new BoxClock(Duration.ofDays(3), true);
        server.setDispatcher(box);
        assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> check().verdict(jwtPlan()));
        assertEquals(1, box.jtis.size());
    }

    /** Box's exact error bodies for the refusals of an app, and the fix each message names. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ccg | unauthorized_client | This app is not authorized by the enterprise admin | The app is not authorized in"
            + " this enterprise, or needs authorizing again after a change of its scopes or access level: an admin"
            + " authorizes it with its client id in the Admin Console > Apps > Custom Apps Manager.",
        "jwt | invalid_grant | Signature verification error. The public key identified by \\\"kid\\\" must correspond to the"
            + " private key used for signing. | The public key id in box.jwtConfig CONFIG names no public key of the"
            + " app that matches its private key, or the key was removed: add a new key pair (Developer Console >"
            + " your app > Configuration > Add and Manage Public Keys > Generate a Public/Private Keypair) and use"
            + " the config file it downloads.",
        "jwt | invalid_grant | Please check the 'sub' claim. The 'sub' specified is invalid. | The subject enterprise"
            + " 777 (from enterpriseID in config.json) is not valid for this app: an enterprise subject is the"
            + " enterprise id, a user subject the id of a user of that enterprise (not a login, nor the service"
            + " account's id), and the app must be authorized in that enterprise.",
        "ccg | unauthorized_client | The \\\"box_subject_type\\\" value is unauthorized for this client_id | The app's"
            + " access level does not allow tokens for a subject of type enterprise: App Access Only gives tokens for the"
            + " service account and the app's own users; to act for managed users, set App + Enterprise Access"
            + " (Developer Console > your app > Configuration > App Access Level), then have an admin authorize the"
            + " app again in the Admin Console > Apps > Custom Apps Manager.",
        "ccg | invalid_client | The client credentials are invalid | The client id or client secret is wrong: check"
            + " settings.xml server 'box' against the app's Configuration page in the Box Developer Console.",
        "jwt | invalid_client | The client credentials are invalid | The client id or client secret is wrong: check"
            + " box.jwtConfig CONFIG against the app's Configuration page in the Box Developer Console."})
    void boxsKnownRefusalsOfAnAppNameTheirFix(String method, String error, String description, String fix)
            throws Exception {
        server.enqueue(new MockResponse.Builder().code(400).body("{\"error\":\"" + error + "\",\"error_description\":\""
                + description + "\"}").build());
        Inputs plan = method.equals("jwt") ? jwtPlan() : ccgPlan();
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> check().verdict(plan));
        assertEquals("Box refused to issue a token by " + (method.equals("jwt") ? "JWT" : "Client Credentials Grant")
                + " (HTTP 400, " + error + ": " + description.replace("\\\"", "\"") + ").\n"
                + fix.replace("CONFIG", dir.resolve("config.json").toString()), e.getMessage());
    }
}
