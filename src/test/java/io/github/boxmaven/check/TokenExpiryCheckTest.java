package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.expiry.ExpirySettings;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Every expiry branch of the check, with a fixed clock: 2026-11-29T10:00:00Z. */
class TokenExpiryCheckTest {
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final String TOKEN = "devTokenABCDEF0123456789";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    final RecordingLog log = new RecordingLog();

    private Verdict run(String[] expiry) throws Exception {
        return CheckFixture.against(server.url("/").toString(), log, new ArrayList<>()).expiry(expiry[0], expiry[1],
                expiry[2], expiry[3] == null ? null : Path.of(expiry[3])).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .verdict(CheckFixture.tokenInEnvironment(TOKEN));
    }

    private void boxAccepts() {
        server.enqueue(new MockResponse.Builder().code(200).body(TokenCheckTest.USER_JSON).build());
    }

    /** {@code box.minValidity}, {@code box.token.expiresAt}, {@code box.token.issuedAt} and the ledger, as set. */
    private static String[] settings(String minValidity, String expiresAt, String issuedAt, Path ledger) {
        return new String[] {minValidity, expiresAt, issuedAt, ledger == null ? null : ledger.toString()};
    }

    private Path ledgerWithEntry(Instant firstSeen) throws Exception {
        Path ledger = dir.resolve("ledger.properties");
        PrivateFiles.writeAtomically(ledger, (Secret.of(TOKEN).sha256Hex() + "=" + firstSeen + "\n")
                .getBytes(StandardCharsets.UTF_8));
        return ledger;
    }

    @Test
    void knownExpiryTooSoonFails() throws Exception {
        boxAccepts();
        BoxCheckFailure e = assertFailure(FailureKind.EXPIRES_TOO_SOON,
                () -> run(settings("10m", "2026-11-29T10:04:10Z", null, null)));
        assertTrue(e.getMessage().startsWith("Box token from environment variable BOX_TOKEN expires in 4m 10s (at"
                + " 10:04:10Z, from box.token.expiresAt), less than box.minValidity 10m.\nGenerate a new developer token"),
                e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void expiresAtWithAnOffsetIsUnderstood() throws Exception {
        boxAccepts();
        Verdict verdict = run(settings("10m", "2026-11-29T11:30:00+01:00", null, null));
        assertEquals(Instant.parse("2026-11-29T10:30:00Z"), verdict.expiry.expiresAt);
        assertTrue(verdict.summary().endsWith("; expires in 30m (at 10:30:00Z, from box.token.expiresAt)"),
                verdict.summary());
    }

    @Test
    void issuedFiftyFiveMinutesAgoFails() throws Exception {
        boxAccepts();
        BoxCheckFailure e = assertFailure(FailureKind.EXPIRES_TOO_SOON,
                () -> run(settings("10m", null, "2026-11-29T09:05:00Z", null)));
        assertTrue(e.getMessage().contains("expires in 5m (at 10:05:00Z, from box.token.issuedAt)"), e.getMessage());
    }

    @Test
    void exactlyMinValidityLeftPassesAndOneSecondLessFails() throws Exception {
        boxAccepts();
        Verdict verdict = run(settings("10m", "2026-11-29T10:10:00Z", null, null));
        assertTrue(verdict.summary().endsWith("; expires in 10m (at 10:10:00Z, from box.token.expiresAt)"),
                verdict.summary());
        boxAccepts();
        assertFailure(FailureKind.EXPIRES_TOO_SOON, () -> run(settings("10m", "2026-11-29T10:09:59Z", null, null)));
    }

    @Test
    void expiresAtWinsOverIssuedAtWhichWinsOverTheLedger() throws Exception {
        Path ledger = ledgerWithEntry(NOW.minus(Duration.ofMinutes(58)));
        boxAccepts();
        assertEquals(Expiry.Basis.EXPIRES_AT, run(settings("10m", "2026-11-29T12:00:00Z", "2026-11-29T09:55:00Z", ledger))
                .expiry.basis);
        boxAccepts();
        assertEquals(Expiry.Basis.ISSUED_AT, run(settings("10m", null, "2026-11-29T09:55:00Z", ledger)).expiry.basis);
    }

    @Test
    void aPassedExpiryThatBoxStillAcceptsPassesWithAWarning() throws Exception {
        boxAccepts();
        Verdict verdict = run(settings("10m", "2026-11-29T09:55:00Z", null, null));
        assertTrue(log.all().contains("WARN The Box token from environment variable BOX_TOKEN should have expired at"
                + " 09:55:00Z (from box.token.expiresAt), but Box still accepts it: this machine's clock or that time"
                + " is wrong."), log.all());
        assertTrue(verdict.summary().contains("expires in -5m"), verdict.summary());
    }

    @Test
    void aRejectionAfterTheKnownExpirySaysWhenItExpired() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).build());
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_REJECTED, () -> run(settings("10m", "2026-11-29T09:55:00Z", null, null)));
        assertTrue(e.getMessage().startsWith("Box rejected the token from environment variable BOX_TOKEN (HTTP 401): it"
                + " expired at 09:55:00Z (5m ago, from box.token.expiresAt)."), e.getMessage());
    }

    @Test
    void aRejectionBeforeTheKnownExpirySaysSo() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).build());
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_REJECTED, () -> run(settings("10m", "2026-11-29T10:30:00Z", null, null)));
        assertTrue(e.getMessage().contains("from box.token.expiresAt says it is valid until 10:30:00Z, so it was revoked"
                + " or that time is wrong"), e.getMessage());
    }

    @Test
    void aLedgerEntryFiftyFiveMinutesOldFailsWithAtMost() throws Exception {
        Path ledger = ledgerWithEntry(NOW.minus(Duration.ofMinutes(55)));
        boxAccepts();
        BoxCheckFailure e = assertFailure(FailureKind.EXPIRES_TOO_SOON, () -> run(settings("10m", null, null, ledger)));
        assertTrue(e.getMessage().startsWith("Box token from environment variable BOX_TOKEN expires in at most 5m (first"
                + " seen 55m ago on this machine; a developer token lives 1h), less than box.minValidity 10m."),
                e.getMessage());
    }

    @Test
    void anUpperBoundAboveMinValidityPassesAndSaysHowItIsKnown() throws Exception {
        Path ledger = ledgerWithEntry(NOW.minus(Duration.ofMinutes(18)));
        boxAccepts();
        Verdict verdict = run(settings("10m", null, null, ledger));
        assertTrue(verdict.summary().endsWith("; expires in at most 42m (first seen 18m ago; Box does not tell when a"
                + " token was issued)"), verdict.summary());
    }

    @Test
    void aFreshTokenIsRecordedInTheLedger() throws Exception {
        Path ledger = dir.resolve("new/ledger.properties");
        boxAccepts();
        Verdict verdict = run(settings("10m", null, null, ledger));
        assertTrue(verdict.summary().endsWith("; expires in at most 1h (first seen just now; Box does not tell when a"
                + " token was issued)"), verdict.summary());
        String content = new String(Files.readAllBytes(ledger));
        assertTrue(content.contains(Secret.of(TOKEN).sha256Hex() + "=2026-11-29T10:00:00Z"), content);
        assertFalse(content.contains(TOKEN));
    }

    @Test
    void aRejectedTokenIsNotRecordedButItsSightingIsMentioned() throws Exception {
        Path ledger = ledgerWithEntry(NOW.minus(Duration.ofMinutes(59)));
        server.enqueue(new MockResponse.Builder().code(401).build());
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_REJECTED, () -> run(settings("10m", null, null, ledger)));
        assertTrue(e.getMessage().contains("; this machine first saw it 59m ago, and a developer token lives at most 1h"),
                e.getMessage());
        Path fresh = dir.resolve("fresh.properties");
        server.enqueue(new MockResponse.Builder().code(401).build());
        assertFailure(FailureKind.TOKEN_REJECTED, () -> run(settings("10m", null, null, fresh)));
        assertFalse(Files.exists(fresh));
    }

    @Test
    void withTheLedgerOffAndNothingSaidTheExpiryIsUnknownAndTheCheckPasses() throws Exception {
        boxAccepts();
        Verdict verdict = run(settings("10m", null, null, null));
        assertEquals(Expiry.Basis.UNKNOWN, verdict.expiry.basis);
        assertTrue(verdict.summary().endsWith("; expiry unknown (the ledger is off; set box.token.expiresAt or"
                + " box.token.issuedAt to check it)"), verdict.summary());
    }

    @Test
    void zeroMinValidityPassesWhateverTimeIsLeftWhileBoxAcceptsTheToken() throws Exception {
        boxAccepts();
        Verdict verdict = run(settings("0s", "2026-11-29T10:00:01Z", null, null));
        assertTrue(verdict.summary().endsWith("; expires in 1s (at 10:00:01Z, from box.token.expiresAt)"),
                verdict.summary());
        boxAccepts();
        assertFailure(FailureKind.EXPIRES_TOO_SOON, () -> run(settings("2s", "2026-11-29T10:00:01Z", null, null)));
        boxAccepts();
        run(settings("0s", "2026-11-29T09:59:59Z", null, null));
        assertTrue(log.all().contains("WARN The Box token from environment variable BOX_TOKEN should have expired at"
                + " 09:59:59Z (from box.token.expiresAt), but Box still accepts it: this machine's clock or that time"
                + " is wrong."), log.all());
    }

    @Test
    void malformedInstantsAndDurationsNameTheirParameter() {
        BoxCheckFailure instant = assertFailure(FailureKind.INVALID_PARAMETER,
                () -> ExpirySettings.of("10m", "tomorrow at ten", null, "60m", null));
        assertTrue(instant.getMessage().startsWith("box.token.expiresAt 'tomorrow at ten' is not an ISO-8601 instant."),
                instant.getMessage());
        BoxCheckFailure local = assertFailure(FailureKind.INVALID_PARAMETER,
                () -> ExpirySettings.of("10m", null, "2026-11-29T10:15:00", "60m", null));
        assertTrue(local.getMessage().startsWith("box.token.issuedAt '2026-11-29T10:15:00' is not an ISO-8601 instant"),
                local.getMessage());
        BoxCheckFailure duration = assertFailure(FailureKind.INVALID_PARAMETER, () -> ExpirySettings.of("ten", null, null, "60m", null));
        assertTrue(duration.getMessage().startsWith("box.minValidity 'ten' is not a duration"), duration.getMessage());
        BoxCheckFailure lifetime = assertFailure(FailureKind.INVALID_PARAMETER,
                () -> ExpirySettings.of("10m", null, null, "0s", null));
        assertTrue(lifetime.getMessage().startsWith("box.token.lifetime '0s' must be more than zero"), lifetime.getMessage());
    }

    /** Finding 3: a ledger that cannot be updated keeps what it read, never "first seen just now". */
    @Test
    void aLedgerThatCannotBeUpdatedBoundsTheTokenByWhatItRead() throws Exception {
        Path ledger = ledgerWithEntry(NOW.minus(Duration.ofMinutes(55)));
        Files.createSymbolicLink(dir.resolve("ledger.properties.lock"), dir.resolve("elsewhere"));
        boxAccepts();
        BoxCheckFailure e = assertFailure(FailureKind.EXPIRES_TOO_SOON, () -> run(settings("10m", null, null, ledger)));
        assertTrue(e.getMessage().startsWith("Box token from environment variable BOX_TOKEN expires in at most 5m"
                + " (first seen 55m ago on this machine; a developer token lives 1h), less than box.minValidity 10m."),
                e.getMessage());
    }

    /** Finding 3: with nothing read and nothing kept, the expiry is unknown and says why; no sighting is made up. */
    @Test
    void aLedgerThatIsNotTrustedGivesAnUnknownExpirySayingWhy() throws Exception {
        Path ledger = ledgerWithEntry(NOW.minus(Duration.ofMinutes(55)));
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(ledger, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        boxAccepts();
        Verdict verdict = run(settings("10m", null, null, ledger));
        assertEquals(Expiry.Basis.UNKNOWN, verdict.expiry.basis);
        assertTrue(verdict.summary().endsWith("; expiry unknown (the first-seen ledger " + ledger.toAbsolutePath()
                + " was not this user's alone and is rebuilt, so when this machine first saw the token is not known;"
                + " set box.token.expiresAt or box.token.issuedAt to check it)"), verdict.summary());
        assertFalse(verdict.summary().contains("just now"), verdict.summary());
    }

    /** A clock the test moves: simulated hours, no sleep. */
    static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A check with the defaults, box.minValidity 10m and a ledger of its own, on {@code clock}. */
    private CheckFixture withLedger(MovableClock clock) {
        return CheckFixture.against(server.url("/").toString(), log, new ArrayList<>())
                .expiry("10m", null, null, dir.resolve("ledger.properties")).clock(clock);
    }

    // issue 36, item 1: an App Token (Box lets it live days or forever) checked over hours with the ledger on and the
    // defaults: bounded as a developer token until Box accepts it past box.token.lifetime, then never again
    @Test
    void aTokenBoxAcceptsPastTheLifetimeIsNeverBoundedAgain() throws Exception {
        MovableClock clock = new MovableClock();
        CheckFixture check = withLedger(clock);
        for (int minutes : new int[] {0, 49}) {
            clock.now = NOW.plus(Duration.ofMinutes(minutes));
            boxAccepts();
            assertTrue(check.verdict(CheckFixture.tokenInEnvironment(TOKEN)).expiry.isUpperBound(), "+" + minutes);
        }
        clock.now = NOW.plus(Duration.ofMinutes(55));
        boxAccepts();
        BoxCheckFailure nearEnd = assertFailure(FailureKind.EXPIRES_TOO_SOON,
                () -> check.verdict(CheckFixture.tokenInEnvironment(TOKEN)));
        assertEquals("Box token from environment variable BOX_TOKEN expires in at most 5m (first seen 55m ago on this"
                + " machine; a developer token lives 1h), less than box.minValidity 10m.\nGenerate a new developer token"
                + " (Box Developer Console > your app > Configuration > Developer Token > Generate Developer Token) and"
                + " update environment variable BOX_TOKEN, or lower box.minValidity if the stages after this check need"
                + " less time. If it is not a developer token (an App Token, or one another step obtained), state its"
                + " real lifetime with box.token.lifetime (such as 90d) or box.token.expiresAt.", nearEnd.getMessage());
        for (int minutes : new int[] {61, 115, 180, 60 * 24 * 20}) {
            clock.now = NOW.plus(Duration.ofMinutes(minutes));
            boxAccepts();
            Verdict verdict = check.verdict(CheckFixture.tokenInEnvironment(TOKEN));
            assertEquals(Expiry.Basis.UNKNOWN, verdict.expiry.basis, "+" + minutes);
            if (minutes == 115) {
                assertEquals("expiry unknown (Box still accepts it 1h 55m after this machine first saw it, longer"
                        + " than a developer token lives (box.token.lifetime 1h), so it is not one; set"
                        + " box.token.expiresAt or box.token.issuedAt to check it)", verdict.expiry.describe(clock.now));
            }
        }
    }

    // issue 36, item 1: once the ledger records that Box accepted the token past the lifetime, a later 401 (Box's
    // invalid_token, empty body) is not explained by a developer token's lifetime
    @Test
    void aRejectionOfATokenThatOutlivedTheLifetimeIsNotBoundedByIt() throws Exception {
        MovableClock clock = new MovableClock();
        CheckFixture check = withLedger(clock);
        for (int minutes : new int[] {0, 61}) {
            clock.now = NOW.plus(Duration.ofMinutes(minutes));
            boxAccepts();
            check.verdict(CheckFixture.tokenInEnvironment(TOKEN));
        }
        clock.now = NOW.plus(Duration.ofHours(3));
        server.enqueue(new MockResponse.Builder().code(401).setHeader("WWW-Authenticate", "Bearer realm=\"Service\","
                + " error=\"invalid_token\", error_description=\"The access token provided is invalid.\"").build());
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_REJECTED,
                () -> check.verdict(CheckFixture.tokenInEnvironment(TOKEN)));
        assertEquals("Box rejected the token from environment variable BOX_TOKEN (HTTP 401): it is invalid, revoked or"
                + " expired (developer tokens expire 60 minutes after they are generated; Box does not say which); Box"
                + " says: invalid_token (The access token provided is invalid.).\nGenerate a new token (Box Developer"
                + " Console > your app > Configuration > Developer Token > Generate Developer Token) and update"
                + " environment variable BOX_TOKEN.", e.getMessage());
    }

    // issue 36, item 1: Box accepts the token past the lifetime while the ledger cannot record it (a link at its lock):
    // what the ledger read is no bound then either, and no "should have expired" warning blames the clock
    @Test
    void aTokenBoxAcceptsPastTheLifetimeIsNotBoundedWhenTheLedgerCannotRecordIt() throws Exception {
        Path ledger = ledgerWithEntry(NOW.minus(Duration.ofMinutes(61)));
        Files.createSymbolicLink(dir.resolve("ledger.properties.lock"), dir.resolve("elsewhere"));
        boxAccepts();
        Verdict verdict = run(settings("10m", null, null, ledger));
        assertEquals("expiry unknown (Box still accepts it 1h 1m after this machine first saw it, longer than a"
                + " developer token lives (box.token.lifetime 1h), so it is not one; set box.token.expiresAt or"
                + " box.token.issuedAt to check it)", verdict.expiry.describe(NOW));
        assertFalse(log.all().contains("should have expired"), log.all());
    }

    // issue 36, item 7: a new token checked against the old box.token.expiresAt fails too, so the fix says to update it
    @Test
    void aStatedExpiryTooSoonSaysToUpdateItWithTheNewToken() throws Exception {
        boxAccepts();
        BoxCheckFailure e = assertFailure(FailureKind.EXPIRES_TOO_SOON,
                () -> run(settings("10m", "2026-11-29T10:04:10Z", null, null)));
        assertEquals("Box token from environment variable BOX_TOKEN expires in 4m 10s (at 10:04:10Z, from"
                + " box.token.expiresAt), less than box.minValidity 10m.\nGenerate a new developer token (Box Developer"
                + " Console > your app > Configuration > Developer Token > Generate Developer Token) and update"
                + " environment variable BOX_TOKEN, or lower box.minValidity if the stages after this check need less"
                + " time. Update box.token.expiresAt with the new token: checked against the old value, a new token"
                + " fails too.", e.getMessage());
        boxAccepts();
        BoxCheckFailure issued = assertFailure(FailureKind.EXPIRES_TOO_SOON,
                () -> run(settings("10m", null, "2026-11-29T09:05:00Z", null)));
        assertTrue(issued.getMessage().endsWith(" Update box.token.issuedAt with the new token: checked against the"
                + " old value, a new token fails too."), issued.getMessage());
    }
}
