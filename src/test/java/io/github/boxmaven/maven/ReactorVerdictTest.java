package io.github.boxmaven.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.check.CheckFixture;
import io.github.boxmaven.check.CheckReport;
import io.github.boxmaven.check.RecordingLog;
import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.standin.BoxStandIn;

import org.eclipse.aether.DefaultSessionData;
import org.eclipse.aether.SessionData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The modules of one reactor, each its own run over the session's one verdict cache, as each mojo builds it. */
class ReactorVerdictTest {
    final BoxStandIn standIn = BoxStandIn.start(0);
    final SessionData session = new DefaultSessionData();
    final Instant buildStarted = Instant.now().minusSeconds(1);

    @TempDir
    Path dir;

    ReactorVerdictTest() throws Exception {
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    static Inputs ccg(String subject) {
        return Inputs.builder().clientId(BoxStandIn.CCG_CLIENT_ID).userId(subject)
                .environment(Map.of("BOX_CLIENT_SECRET", BoxStandIn.CCG_CLIENT_SECRET));
    }

    private CheckReport module(Inputs inputs, Path tokenFile, boolean failOnError, RecordingLog log) {
        return CheckFixture.against(standIn.url(), log, new ArrayList<>()).tokenFile(tokenFile).failOnError(failOnError)
                .minValidity("10m")
                .buildStarted(buildStarted).sharedThrough(new SessionVerdictCache(session)).report(inputs);
    }

    /** Finding 6: module 1 replaces a stale hand-off; modules 2 to 4 reuse that check, and no second token is minted. */
    @Test
    void aReplacedHandOffIsCheckedOnceForTheWholeReactor() throws Exception {
        Path file = dir.resolve("box-token");
        // an earlier build handed on, two minutes before this one started, a token that lives 5 minutes (the
        // stand-in's first for a first-short subject): module 1 takes it, and replaces it for box.minValidity
        CheckFixture.against(standIn.url()).tokenFile(file).buildStarted(buildStarted.minusSeconds(3600))
                .clock(java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(-2)))
                .report(ccg("first-short-reactor"));
        assertTrue(Files.exists(file), "the earlier build handed on its token");
        List<CheckReport> reports = new ArrayList<>();
        RecordingLog log = new RecordingLog();
        for (int i = 0; i < 4; i++) {
            reports.add(module(ccg("first-short-reactor"), file, true, log));
        }
        assertTrue(log.all().contains("INFO The token handed on in box.tokenFile no longer passes (Box token from"
                + " box.tokenFile (handed on at "), "module 1 took the earlier build's token and replaced it: "
                + log.all());
        assertEquals(2, standIn.issuedFor("first-short-reactor"), "the earlier build's and one replacement: "
                + log.all());
        String handedOn = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        assertTrue(handedOn.startsWith("valid-sa-ccg-"), "module 1's fresh token stays in the file");
        for (int i = 0; i < 4; i++) {
            assertEquals(CheckReport.Outcome.PASSED, reports.get(i).outcome, log.all());
            assertEquals(i > 0, reports.get(i).reused, "module " + (i + 1));
        }
        assertEquals(3, log.lines.stream().filter(line -> line.startsWith("INFO (checked once for this build) Box token"
                + " OK")).count(), log.all());
    }

    /** With box.failOnError=false a failure is checked and reported once; the later modules' reports say they reused it. */
    @Test
    void aToleratedFailureIsReportedOnceAndRepeatedInOneLine() {
        RecordingLog log = new RecordingLog();
        List<CheckReport> reports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reports.add(module(CheckFixture.tokenInEnvironment("revoked-0"), null, false, log));
        }
        assertNotNull(reports.get(0).failure);
        assertFalse(reports.get(0).reused);
        assertTrue(reports.get(1).reused && reports.get(2).reused);
        assertEquals(1, standIn.requestsWith("revoked-0"), "one check for the build");
    }
}
