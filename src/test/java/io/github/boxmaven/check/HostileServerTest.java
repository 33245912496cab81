package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.standin.BoxStandIn;
import io.github.boxmaven.standin.RecordingProxy;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

/** What a hostile server or proxy sends reaches no output raw, and OkHttp resends nothing behind the plugin's back. */
class HostileServerTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    final RecordingLog log = new RecordingLog();

    @Test
    void aStatusLineWithControlsReachesNoMessageOfTheCauseChainRaw() throws Exception {
        try (RecordingProxy hostile = RecordingProxy.start(0)) {
            BoxCheckFailure failure = assertFailure(FailureKind.NETWORK_FAILURE, () -> CheckFixture
                    .against("http://127.0.0.1:" + hostile.port() + "/__hostile").verdict(
                            CheckFixture.tokenInEnvironment("valid-hostile")));
            assertTrue(failure.getMessage().contains("ProtocolException: Unexpected status line: HTTP/1.1 200?[2J?::error"
                    + " title=INJECTED::forged by the server?::add-mask::x"), failure.getMessage());
            assertTrue(failure.getCause() != null, "the cause is kept, for -e and -X");
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertClean(String.valueOf(t.getMessage()));
                assertClean(t.toString());
                // Maven appends a cause's message only when the failure's own message lacks it
                assertTrue(t.getMessage() == null || failure.getMessage().contains(t.getMessage()), t.getMessage());
            }
            assertTrue(failure.getCause().toString().startsWith("java.net.ProtocolException: "),
                    failure.getCause().toString());
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            assertClean(trace.toString().replace(System.lineSeparator(), " "));
            assertTrue(trace.toString().contains("at okhttp3."), "the original stack trace is kept");
        }
    }

    private static void assertClean(String text) {
        for (char c : text.toCharArray()) {
            assertFalse(c < 0x20 && c != '\t' || c == 0x7f, "control character " + (int) c + " in: " + text);
        }
    }

    @Test
    void a503WithRetryAfterZeroIsNotResentWhenTheRetriesAreSpent() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        assertFailure(FailureKind.BOX_UNAVAILABLE, () -> CheckFixture.against(server.url("/").toString(), log,
                new java.util.ArrayList<>()).retries(0).verdict(CheckFixture.tokenInEnvironment("valid-once")));
        assertEquals(1, server.getRequestCount(), "OkHttp resent the request on its own");
    }

    @Test
    void aRetryOfA503IsThePluginsOwnLoggedAndCounted() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        java.util.List<Duration> sleeps = new java.util.ArrayList<>();
        assertFailure(FailureKind.BOX_UNAVAILABLE, () -> CheckFixture.against(server.url("/").toString(), log,
                sleeps).retries(1).verdict(CheckFixture.tokenInEnvironment("valid-twice")));
        assertEquals(2, server.getRequestCount());
        assertEquals(java.util.List.of(Duration.ZERO), sleeps, "Box's Retry-After: 0 was honoured");
        assertTrue(log.all().contains("INFO Box answered HTTP 503; retrying in 0s as Box asked (retry 1 of 1)"),
                log.all());
    }

    @Test
    void aMintedTokenIsRegisteredForMaskingBeforeItIsUsed() throws Exception {
        try (BoxStandIn box = BoxStandIn.start(0, null)) {
            CheckFixture.against(box.url(), log, new java.util.ArrayList<>()).verdict(
                    io.github.boxmaven.credential.Inputs.builder().clientId(BoxStandIn.CCG_CLIENT_ID)
                            .enterpriseId("777").environment(java.util.Map.of("BOX_CLIENT_SECRET",
                                    BoxStandIn.CCG_CLIENT_SECRET)));
            int mask = indexOf("MASK ");
            assertTrue(mask >= 0, log.all());
            assertTrue(mask < indexOf("DEBUG GET "), "masked before the token is sent: " + log.all());
        }
    }

    private int indexOf(String prefix) {
        for (int i = 0; i < log.lines.size(); i++) {
            if (log.lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aGivenTokenIsNotRegisteredItIsNotOurs() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(TokenCheckTest.USER_JSON).build());
        CheckFixture.against(server.url("/").toString(), log, new java.util.ArrayList<>())
                .verdict(CheckFixture.tokenInEnvironment("valid-given"));
        assertFalse(log.all().contains("MASK " + Secret.of("valid-given").sha256Hex()), log.all());
    }

    /** A token endpoint that issues an "expression" full of lone CRs and workflow commands gets it quoted cleaned. */
    @Test
    void anIssuedTokenHoldingWorkflowCommandsIsQuotedCleaned() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"${x\\r::error title=forged::hi"
                + "\\r::add-mask::x}\",\"expires_in\":3600}").build());
        BoxCheckFailure failure = assertFailure(FailureKind.NOT_BOX_API, () -> CheckFixture.against(server.url("/")
                .toString(), log, new java.util.ArrayList<>()).verdict(io.github.boxmaven.credential.Inputs.builder()
                .clientId("id").enterpriseId("1").environment(java.util.Map.of("BOX_CLIENT_SECRET", "s"))));
        assertTrue(failure.getMessage().startsWith("This does not look like the Box API at " + server.url("/oauth2/token")
                + ": HTTP 200 with an access_token that is the unresolved Maven expression ${x?::error title=forged::hi"
                + "?::add-mask::x} (what it names is not set)."), failure.getMessage());
        assertClean(failure.getMessage().replace("\n", " "));
    }
}
