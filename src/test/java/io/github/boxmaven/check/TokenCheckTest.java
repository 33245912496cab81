package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The whole check against a real HTTP server on loopback that answers like Box. */
class TokenCheckTest {
    static final String CANARY = "canaryTOKEN9f8e7d6c5b4a";
    static final String USER_JSON = "{\"type\":\"user\",\"id\":\"12345\",\"name\":\"Test User\",\"login\":\"test@user.com\","
            + "\"status\":\"active\",\"notification_email\":[],\"space_amount\":1000000,\"unknown_new_field\":{\"a\":1}}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    final RecordingLog log = new RecordingLog();
    final List<Duration> sleeps = new ArrayList<>();

    private CheckFixture check(int retries, Duration timeout) throws Exception {
        return check(server.url("/").toString(), retries, timeout);
    }

    private CheckFixture check(String baseUrl, int retries, Duration timeout) throws Exception {
        return CheckFixture.against(baseUrl, log, sleeps).retries(retries).timeout(timeout);
    }

    private static Inputs envToken(String token) throws Exception {
        return CheckFixture.tokenInEnvironment(token);
    }

    private BoxCheckFailure fails(int retries) throws Exception {
        CheckFixture check = check(retries, Duration.ofSeconds(5));
        BoxCheckFailure failure = assertThrows(BoxCheckFailure.class, () -> check.verdict(envToken(CANARY)));
        assertNoCanary(failure);
        return failure;
    }

    private void assertNoCanary(BoxCheckFailure failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(CANARY), "secret in message: " + t.getMessage());
        }
        assertFalse(log.all().contains(CANARY), log.all());
    }

    @Test
    void acceptedTokenNamesTheUserAndTheSource() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(USER_JSON).build());

        Verdict verdict = check(2, Duration.ofSeconds(5)).verdict(envToken(CANARY));

        assertEquals("Box token OK: Test User <test@user.com> (user 12345) in no enterprise, token from environment variable"
                + " BOX_TOKEN;"
                + " expiry unknown (the ledger is off; set box.token.expiresAt or box.token.issuedAt to check it)",
                verdict.summary());
        RecordedRequest request = server.takeRequest();
        assertEquals("GET", request.getMethod());
        assertEquals("/2.0/users/me?fields=id,type,name,login,status,enterprise,space_amount,space_used,max_upload_size", request.getTarget());
        assertEquals("Bearer " + CANARY, request.getHeaders().get("Authorization"));
        assertTrue(request.getHeaders().get("User-Agent").startsWith("box-maven-plugin/"),
                request.getHeaders().get("User-Agent"));
        assertFalse(log.all().contains(CANARY), log.all());
    }

    @Test
    void unauthorizedWithEmptyBodyIsARejectedTokenNamingItsSource() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401)
                .addHeader("WWW-Authenticate", "Bearer realm=\"Service\", error=\"invalid_token\", "
                        + "error_description=\"The access token provided is invalid.\"")
                .addHeader("box-request-id", "0abc123").build());

        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_REJECTED, fails(2));

        assertTrue(e.getMessage().startsWith("Box rejected the token from environment variable BOX_TOKEN (HTTP 401): "
                + "it is invalid, revoked or expired (developer tokens expire 60 minutes after they are generated"),
                e.getMessage());
        assertTrue(e.getMessage().contains("(Box request id 0abc123)"), e.getMessage());
        assertEquals(1, server.getRequestCount(), "a 401 is not retried");
        assertTrue(e.getMessage().split("\n").length <= 2, e.getMessage());
    }

    @Test
    void forbiddenQuotesBoxCodeAndMessage() throws Exception {
        server.enqueue(new MockResponse.Builder().code(403).addHeader("Content-Type", "application/json")
                .addHeader("box-request-id", "hdr9")
                .body("{\"type\":\"error\",\"status\":403,\"code\":\"insufficient_scope\",\"message\":\"The request"
                        + " requires higher privileges than provided by the access token.\",\"request_id\":\"body1\"}")
                .build());

        BoxCheckFailure e = assertFailure(FailureKind.ACCESS_DENIED, fails(2));

        assertTrue(e.getMessage().contains("(HTTP 403, insufficient_scope: The request requires higher privileges than"
                + " provided by the access token.)"), e.getMessage());
        assertTrue(e.getMessage().contains("Box request id body1.hdr9"), e.getMessage());
        assertEquals("body1.hdr9", e.requestId());
    }

    @Test
    void notFoundIsNotTheBoxApi() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).body("Not Found").build());
        BoxCheckFailure e = assertFailure(FailureKind.NOT_BOX_API, fails(2));
        assertTrue(e.getMessage().startsWith("This does not look like the Box API at " + server.url("/2.0/users/me")),
                e.getMessage());
    }

    @Test
    void anHtmlPageFromAProxyIsNotTheBoxApi() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .body("<html><body>Please sign in to the guest network</body></html>").build());
        BoxCheckFailure e = assertFailure(FailureKind.NOT_BOX_API, fails(2));
        assertTrue(e.getMessage().contains("not a JSON object (text/html)"), e.getMessage());
    }

    @Test
    void jsonThatIsNoUserIsNotTheBoxApi() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{}").build());
        BoxCheckFailure e = assertFailure(FailureKind.NOT_BOX_API, fails(2));
        assertTrue(e.getMessage().contains("JSON without the fields of a Box user"), e.getMessage());
    }

    @Test
    void aRedirectIsNotFollowedAndTheTokenNotForwarded() throws Exception {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", server.url("/login?next=x")).build());
        BoxCheckFailure e = assertFailure(FailureKind.NOT_BOX_API, fails(2));
        assertTrue(e.getMessage().contains("HTTP 302 redirect to " + server.url("/login")), e.getMessage());
        assertFalse(e.getMessage().contains("next=x"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void rateLimitedThenSuccessHonoursRetryAfter() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
                .body("{\"type\":\"error\",\"status\":429,\"code\":\"rate_limit_exceeded\"}").build());
        server.enqueue(new MockResponse.Builder().code(200).body(USER_JSON).build());

        Verdict verdict = check(2, Duration.ofSeconds(5)).verdict(envToken(CANARY));

        assertEquals("12345", verdict.user.id);
        assertEquals(Collections.singletonList(Duration.ofSeconds(2)), sleeps);
        assertTrue(log.all().contains("Box answered HTTP 429; retrying in 2s as Box asked (retry 1 of 2)"), log.all());
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenReported() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("Content-Type", "application/json")
                    .body("{\"type\":\"error\",\"status\":503,\"code\":\"unavailable\",\"request_id\":\"r" + i + "\"}")
                    .build());
        }
        BoxCheckFailure e = assertFailure(FailureKind.BOX_UNAVAILABLE, fails(2));
        assertEquals(3, server.getRequestCount());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), sleeps);
        assertTrue(e.getMessage().startsWith("Box is unavailable: GET " + server.url("/2.0/users/me")
                + " answered HTTP 503 on 3 attempts (Box request id r2)"), e.getMessage());
    }

    @Test
    void noRetriesMeansOneAttempt() throws Exception {
        server.enqueue(new MockResponse.Builder().code(500).build());
        assertFailure(FailureKind.BOX_UNAVAILABLE, fails(0));
        assertEquals(1, server.getRequestCount());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void retryAfterLongerThanTheCapFailsAtOnce() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
        BoxCheckFailure e = assertFailure(FailureKind.RATE_LIMITED, fails(2));
        assertTrue(sleeps.isEmpty());
        assertTrue(e.getMessage().contains("Box asked to wait 1h, longer than the 30s the plugin waits"), e.getMessage());
    }

    @Test
    void rateLimitedOnEveryAttempt() throws Exception {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(429).build());
        }
        BoxCheckFailure e = assertFailure(FailureKind.RATE_LIMITED, fails(1));
        assertEquals("Box is rate limiting this token's user (HTTP 429 on 2 attempts).\nRun the build again in a minute."
                + " Box limits requests per user (about 1000 a minute, 240 uploads a minute), shared by every job that"
                + " uses the same user or service account: spread their calls (box.retries sets how often the plugin"
                + " retries).", e.getMessage());
    }

    /** Box's documented 429, with {@code retryAfter} seconds, Box's request ids and its ClientError body. */
    private static MockResponse boxsDocumented429(String retryAfter) {
        return new MockResponse.Builder().code(429).addHeader("retry-after", retryAfter)
                .addHeader("box-request-id", "0f1e2d").addHeader("Content-Type", "application/json")
                .body("{\"type\":\"error\",\"status\":429,\"code\":\"rate_limit_exceeded\",\"message\":\"Request"
                        + " rate limit exceeded, try again later.\",\"request_id\":\"abcdef123456\"}").build();
    }

    /** The rate-limited failure of a check at 10:00:00Z with {@code retries}. */
    private BoxCheckFailure rateLimitedAtTen(int retries) {
        return assertFailure(FailureKind.RATE_LIMITED, () -> CheckFixture.against(server.url("/").toString(), log,
                sleeps).retries(retries).clock(Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC))
                .verdict(envToken(CANARY)));
    }

    // Box's documented 429 (developer.box.com, guides/api-calls/permissions-and-errors/rate-limits and "Common
    // errors": rate_limit_exceeded, "Request rate limit exceeded, try again later.", retry-after: 100): beyond the
    // plugin's 30 s, it fails at once, saying how long Box asked to wait and when to run again (issue 36, item 5)
    @Test
    void aRetryAfterOfBoxsDocumentedHundredSecondsSaysWhenToRunAgain() throws Exception {
        server.enqueue(boxsDocumented429("100"));
        BoxCheckFailure e = rateLimitedAtTen(2);
        assertTrue(sleeps.isEmpty());
        assertEquals("Box is rate limiting this token's user (HTTP 429 on 1 attempt; Box asked to wait 1m 40s, longer"
                + " than the 30s the plugin waits) (Box request id abcdef123456.0f1e2d).\nRun the build again after"
                + " 10:01:40Z (in 1m 40s). Box limits requests per user (about 1000 a minute, 240 uploads a minute),"
                + " shared by every job that uses the same user or service account: spread their calls (box.retries"
                + " sets how often the plugin retries).", e.getMessage());
    }

    // issue 36, item 5: Box's documented 429 with a Retry-After the plugin honours, on every attempt: once the retries
    // are spent, it still says how long Box last asked to wait and when to run again
    @Test
    void aRetryAfterWithinTheWaitOnEveryAttemptSaysWhenToRunAgain() throws Exception {
        for (int i = 0; i < 2; i++) {
            server.enqueue(boxsDocumented429("20"));
        }
        BoxCheckFailure e = rateLimitedAtTen(1);
        assertEquals(List.of(Duration.ofSeconds(20)), sleeps);
        assertEquals("Box is rate limiting this token's user (HTTP 429 on 2 attempts; Box asked to wait 20s) (Box"
                + " request id abcdef123456.0f1e2d).\nRun the build again after 10:00:20Z (in 20s). Box limits requests"
                + " per user (about 1000 a minute, 240 uploads a minute), shared by every job that uses the same user or"
                + " service account: spread their calls (box.retries sets how often the plugin retries).",
                e.getMessage());
    }

    @Test
    void otherBoxErrorsAreReportedWithBoxCode() throws Exception {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"type\":\"error\",\"status\":400,\"code\":\"bad_request\",\"message\":\"Nope\"}").build());
        BoxCheckFailure e = assertFailure(FailureKind.UNEXPECTED_RESPONSE, fails(2));
        assertTrue(e.getMessage().contains("HTTP 400") && e.getMessage().contains("bad_request: Nope"), e.getMessage());
    }

    @Test
    void aHugeAnswerIsRefusedNotLoaded() throws Exception {
        Buffer big = new Buffer();
        for (int i = 0; i < 2 * 1024; i++) {
            big.writeUtf8("x".repeat(1024));
        }
        server.enqueue(new MockResponse.Builder().code(200).body(big).build());
        assertFailure(FailureKind.RESPONSE_TOO_LARGE, fails(2));

        server.enqueue(new MockResponse.Builder().code(200).chunkedBody("y".repeat(1100 * 1024), 64 * 1024).build());
        assertFailure(FailureKind.RESPONSE_TOO_LARGE, fails(2));
    }

    @Test
    void aSilentServerTimesOutWithinTheTimeout() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(USER_JSON).headersDelay(10, TimeUnit.SECONDS).build());
        CheckFixture check = check(2, Duration.ofMillis(700));
        long started = System.nanoTime();
        BoxCheckFailure e = assertThrows(BoxCheckFailure.class, () -> check.verdict(envToken(CANARY)));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(FailureKind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().startsWith("No answer from " + server.url("/2.0/users/me") + " within 700ms (box.timeout)"),
                e.getMessage());
        assertTrue(millis < 5000, "took " + millis + " ms");
    }

    @Test
    void aRefusedConnectionNamesHostAndPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        CheckFixture check = check("http://127.0.0.1:" + port, 2, Duration.ofSeconds(5));
        BoxCheckFailure e = assertThrows(BoxCheckFailure.class, () -> check.verdict(envToken(CANARY)));
        assertEquals(FailureKind.CONNECTION_FAILED, e.kind());
        assertTrue(e.getMessage().startsWith("Cannot connect to 127.0.0.1:" + port), e.getMessage());
        assertTrue(sleeps.isEmpty(), "a refused connection is not retried");
    }

    @Test
    void anUnknownHostIsNamed() throws Exception {
        CheckFixture check = check("https://no-such-host.invalid", 2, Duration.ofSeconds(5));
        BoxCheckFailure e = assertThrows(BoxCheckFailure.class, () -> check.verdict(envToken(CANARY)));
        assertEquals(FailureKind.UNKNOWN_HOST, e.kind());
        assertTrue(e.getMessage().startsWith("Cannot resolve the host no-such-host.invalid"), e.getMessage());
    }

    @Test
    void anUntrustedCertificateIsATlsFailureThatPointsToTheTruststore() throws Exception {
        HeldCertificate certificate = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
        HandshakeCertificates serverCertificates = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        try (MockWebServer tls = new MockWebServer()) {
            tls.useHttps(serverCertificates.sslSocketFactory());
            tls.start();
            CheckFixture check = check("https://localhost:" + tls.getPort(), 2, Duration.ofSeconds(5));
            BoxCheckFailure e = assertThrows(BoxCheckFailure.class, () -> check.verdict(envToken(CANARY)));
            assertEquals(FailureKind.TLS_FAILURE, e.kind());
            assertTrue(e.getMessage().startsWith("TLS with localhost failed"), e.getMessage());
            assertTrue(e.getMessage().contains("-Djavax.net.ssl.trustStore"), e.getMessage());
        }
    }

    @Test
    void overHttpsTheGivenTrustIsUsedAndHostNameAndIssuerStillVerified() throws Exception {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
        HandshakeCertificates trustingTheCa = new HandshakeCertificates.Builder()
                .addTrustedCertificate(ca.certificate()).build();
        JvmTls tls = JvmTls.trusting(trustingTheCa.trustManager());
        HeldCertificate otherCa = new HeldCertificate.Builder().certificateAuthority(0).build();
        checkOverHttps(tls, serverCertificate("localhost", ca), true);
        checkOverHttps(tls, serverCertificate("other.example", ca), false);
        checkOverHttps(tls, serverCertificate("localhost", otherCa), false);
    }

    private static HeldCertificate serverCertificate(String host, HeldCertificate signedBy) {
        return new HeldCertificate.Builder().addSubjectAlternativeName(host).signedBy(signedBy).build();
    }

    /** A check against https://localhost with {@code tls}, the server showing {@code serverCertificate}. */
    private void checkOverHttps(JvmTls tls, HeldCertificate serverCertificate, boolean trusted) throws Exception {
        try (MockWebServer https = new MockWebServer()) {
            https.useHttps(new HandshakeCertificates.Builder().heldCertificate(serverCertificate).build()
                    .sslSocketFactory());
            https.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(USER_JSON).build());
            https.start();
            CheckFixture check = CheckFixture.against("https://localhost:" + https.getPort(), log, sleeps).trusting(tls);
            String certificate = serverCertificate.certificate().getSubjectAlternativeNames() + " by "
                    + serverCertificate.certificate().getIssuerX500Principal();
            if (trusted) {
                assertEquals("12345", check.verdict(envToken(CANARY)).user.id, certificate);
            } else {
                BoxCheckFailure e = assertThrows(BoxCheckFailure.class, () -> check.verdict(envToken(CANARY)), certificate);
                assertEquals(FailureKind.TLS_FAILURE, e.kind(), e.getMessage());
                assertEquals(0, https.getRequestCount(), "the token is not sent: " + certificate);
            }
        }
    }

    @Test
    void malformedTokensAreNeverSent() throws Exception {
        CheckFixture check = check(2, Duration.ofSeconds(5));
        assertThrows(BoxCheckFailure.class, () -> check.verdict(envToken("two words")));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void requestIdFromHeaderAloneIsUsed() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("box-request-id", "only-header").build());
        assertEquals("only-header", fails(0).requestId());
        server.enqueue(new MockResponse.Builder().code(401).build());
        assertNull(fails(0).requestId());
    }


    @Test
    void whatTheServerSaysCannotStartALineInTheLogOrAMessage() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"type\":\"user\",\"id\":\"1\\n[ERROR] x\",\"name\":\"Eve\\r\\n::add-mask::\\u001b[2J\","
                        + "\"login\":\"" + "a".repeat(500) + "\"}").build());
        Verdict verdict = check(0, Duration.ofSeconds(5)).verdict(envToken(CANARY));
        assertEquals("Box token OK: Eve??::add-mask::?[2J <" + "a".repeat(200) + "\u2026> (user 1?[ERROR] x) in no enterprise, token from"
                + " environment variable BOX_TOKEN; expiry unknown (the ledger is off; set box.token.expiresAt or"
                + " box.token.issuedAt to check it)", verdict.summary());

        server.enqueue(new MockResponse.Builder().code(403).addHeaderLenient("box-request-id", "r1\u001b[ERROR] y")
                .body("{\"type\":\"error\",\"code\":\"no\\u2028pe\",\"message\":\"line\\nbreak\"}").build());
        BoxCheckFailure e = assertFailure(FailureKind.ACCESS_DENIED, fails(0));
        assertTrue(e.getMessage().startsWith("Box accepted the token from environment variable BOX_TOKEN but refused the"
                + " request (HTTP 403, no?pe: line?break) (Box request id r1?[ERROR] y).\n"), e.getMessage());
    }
}
