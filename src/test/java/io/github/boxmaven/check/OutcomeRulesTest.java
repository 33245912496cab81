package io.github.boxmaven.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.boxmaven.credential.Inputs;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * The outcome rules {@link VerifyTokenRun} applies, one row each: Maven offline and {@code box.offline}, no credential
 * and {@code box.failIfMissing}, a failed check and {@code box.failOnError}, which never tolerates a mistake in the
 * build's configuration. ({@code box.skip} is the mojo's: the run is not started; {@code VerifyTokenMojoTest}.)
 */
class OutcomeRulesTest {
    static final String TOKEN = "outcomeTOKEN0123456789ab";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # situation                          | offline -o | box.offline | token | Box   | failIfMissing | failOnError | outcome | kind             | requests
        a token Box accepts passes           | false      | skip        | true  | 200   | true          | true        | PASSED  |                  | 1
        -o skips the check with a WARNING    | true       | skip        | true  | 200   | true          | true        | SKIPPED |                  | 0
        -o with box.offline=fail fails       | true       | fail        | true  | 200   | true          | true        | FAILED  | offline          | 0
        -o, box.offline=fail, failOnError=f  | true       | fail        | true  | 200   | true          | false       | WARNING | offline          | 0
        -o with box.offline=maybe is wrong   | true       | maybe       | true  | 200   | true          | false       | FAILED  | invalid-parameter| 0
        online, box.offline=maybe is wrong   | false      | maybe       | true  | 200   | true          | false       | FAILED  | invalid-parameter| 0
        no credential fails                  | false      | skip        | false | 200   | true          | true        | FAILED  | no-token         | 0
        no credential, failIfMissing=false   | false      | skip        | false | 200   | false         | true        | SKIPPED |                  | 0
        no credential, failOnError=false     | false      | skip        | false | 200   | true          | false       | WARNING | no-token         | 0
        a rejected token fails               | false      | skip        | true  | 401   | true          | true        | FAILED  | token-rejected   | 1
        rejected, failIfMissing=false        | false      | skip        | true  | 401   | false         | true        | FAILED  | token-rejected   | 1
        rejected, failOnError=false          | false      | skip        | true  | 401   | true          | false       | WARNING | token-rejected   | 1
        """)
    void eachRuleGivesItsOutcome(String situation, boolean mavenOffline, String offline, boolean token, int boxStatus,
            boolean failIfMissing, boolean failOnError, CheckReport.Outcome outcome, String kind, int requests) {
        server.enqueue(new MockResponse.Builder().code(boxStatus).body(TokenCheckTest.USER_JSON).build());
        VerifyTokenRun.Parameters parameters = parameters(token);
        parameters.mavenOffline = mavenOffline;
        parameters.offline = offline;
        parameters.failIfMissing = failIfMissing;
        parameters.failOnError = failOnError;

        RecordingLog log = new RecordingLog();
        CheckReport report = new VerifyTokenRun(log, VerdictCache.NONE, Clock.systemUTC()).run(parameters);

        assertEquals(outcome, report.outcome, situation + ": " + log.all());
        assertEquals(kind, report.failure == null ? null : report.failure.kind().id(), situation);
        assertEquals(requests, server.getRequestCount(), situation);
        assertFalse(log.all().contains(TOKEN), situation);
        if (outcome == CheckReport.Outcome.SKIPPED) {
            assertNull(report.verdict);
            assertEquals(1, log.lines.stream().filter(line -> line.startsWith("WARN ")).count(), log.all());
        }
    }

    @ParameterizedTest(name = "box.timeout={0}")
    @CsvSource({"soon", "0s", "2h"})
    void anInvalidParameterFailsEvenWithFailOnErrorFalseAndAsksNothing(String timeout) {
        VerifyTokenRun.Parameters parameters = parameters(true);
        parameters.timeout = timeout;
        parameters.failOnError = false;
        CheckReport report = new VerifyTokenRun(new RecordingLog(), VerdictCache.NONE, Clock.systemUTC())
                .run(parameters);
        assertEquals(CheckReport.Outcome.FAILED, report.outcome);
        assertEquals("invalid-parameter", report.failure.kind().id());
        assertEquals(0, server.getRequestCount());
    }

    // issue 36, item 6: a Box app set up in part (BOX_CLIENT_ID and BOX_ENTERPRISE_ID, no secret) is no missing
    // credential: box.failIfMissing=false does not skip it, and it fails before any request, saying what is missing
    @Test
    void aHalfConfiguredAppFailsEvenWithFailIfMissingFalse() {
        VerifyTokenRun.Parameters parameters = parameters(false);
        parameters.failIfMissing = false;
        parameters.credentials = Inputs.builder().environment(Map.of("BOX_CLIENT_ID", "the-client-id",
                "BOX_ENTERPRISE_ID", "12345")).inputs();
        RecordingLog log = new RecordingLog();
        CheckReport report = new VerifyTokenRun(log, VerdictCache.NONE, Clock.systemUTC()).run(parameters);
        assertEquals(CheckReport.Outcome.FAILED, report.outcome, log.all());
        assertEquals("ccg-incomplete", report.failure.kind().id());
        assertEquals("No Box token found, and a Box app is set up in part for the Client Credentials Grant: a client id"
                + " (BOX_CLIENT_ID) and a subject (BOX_ENTERPRISE_ID) are set; the client secret is missing.\nSet"
                + " BOX_CLIENT_SECRET or box.clientSecret; or, to check a token instead, set BOX_TOKEN and remove the"
                + " app's settings.", report.failure.getMessage());
        assertFalse(log.all().contains("skipped"), log.all());
        assertEquals(0, server.getRequestCount());
    }

    /** The goal's defaults, against the server, with or without a token in BOX_TOKEN and nothing else. */
    private VerifyTokenRun.Parameters parameters(boolean token) {
        VerifyTokenRun.Parameters parameters = new VerifyTokenRun.Parameters();
        parameters.baseUrl = server.url("/").toString();
        parameters.timeout = "5s";
        parameters.retries = 0;
        parameters.minValidity = "0s";
        parameters.tokenLifetime = "60m";
        parameters.offline = "skip";
        parameters.failIfMissing = true;
        parameters.failOnError = true;
        parameters.auth = "auto";
        parameters.jwtAlgorithm = "RS256";
        Map<String, String> environment = token ? Map.of("BOX_TOKEN", TOKEN) : Collections.emptyMap();
        parameters.credentials = Inputs.builder().environment(environment).inputs();
        parameters.buildStarted = Instant.now();
        return parameters;
    }
}
