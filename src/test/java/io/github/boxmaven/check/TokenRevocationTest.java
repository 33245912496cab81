package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Instants;
import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.boxapi.RetryPolicy;
import io.github.boxmaven.credential.AppClient;
import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.credential.TokenFile;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.standin.BoxStandIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/** box:revoke-token's core: revoke the handed-on token, delete its file, and never fail the build. */
class TokenRevocationTest {
    static final String TOKEN = "validREVOKEcanary3e2d1c";
    static final Instant EXPIRES_AT = Instant.now().plusSeconds(3000).truncatedTo(ChronoUnit.SECONDS);
    static final String KEPT = "The file is kept; the token stays valid until it expires on its own at "
            + Instants.format(EXPIRES_AT, Instant.now()) + " (as recorded when it was handed on).";

    BoxStandIn box;
    final RecordingLog log = new RecordingLog();

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void start() throws Exception {
        box = BoxStandIn.start(0);
        file = dir.resolve("box-token");
        TokenFile tokenFile = new TokenFile(file);
        tokenFile.write(tokenFile.read(), Secret.of(TOKEN), Instant.now(), EXPIRES_AT, TokenFile.Binding.asked(
                BaseUrl.parse(box.url()), null), null);
    }

    @AfterEach
    void stop() {
        box.close();
    }

    private boolean revoke(Optional<AppClient> client) throws Exception {
        return new TokenRevocation(BaseUrl.parse(box.url()), Duration.ofSeconds(5), RetryPolicy.withRetries(0), null,
                log, JvmTls::load, Clock.systemUTC(), VerdictCache.NONE).revoke(file, client, false);
    }

    private static Optional<AppClient> client(String secret) throws Exception {
        return Inputs.builder().clientId(BoxStandIn.CCG_CLIENT_ID)
                .environment(Map.of("BOX_CLIENT_SECRET", secret)).build().appClient();
    }

    @Test
    void aRevokedTokenIsGoneAndAfterwardsRejected() throws Exception {
        assertTrue(revoke(client(BoxStandIn.CCG_CLIENT_SECRET)));

        assertFalse(Files.exists(file));
        assertEquals("INFO Revoked the Box token in " + file + " (client id and secret from box.clientId and"
                + " BOX_CLIENT_SECRET) and deleted the file.", log.shown());
        assertFailure(FailureKind.TOKEN_REJECTED,
                () -> CheckFixture.against(box.url()).verdict(CheckFixture.tokenInEnvironment(TOKEN)));
    }

    @Test
    void theClientSecretGoingToAForeignHostIsWarnedAboutFirst() throws Exception {
        assertFalse(new TokenRevocation(BaseUrl.parse("https://box.example.org"), Duration.ofMillis(300),
                RetryPolicy.withRetries(0), null, log, JvmTls::load, Clock.systemUTC(), VerdictCache.NONE)
                .revoke(file, client(BoxStandIn.CCG_CLIENT_SECRET), false));
        assertTrue(log.all().startsWith("WARN box.baseUrl https://box.example.org is neither Box (api.box.com or another"
                + " host under box.com) nor loopback, yet the app's credentials go there (its client secret, and with JWT"
                + " a signed assertion that Box would accept). Check box.baseUrl."), log.all());
    }

    @Test
    void offlineNothingIsSentAndTheWarningGivesTheRecordedExpiry() throws Exception {
        assertFalse(new TokenRevocation(BaseUrl.parse(box.url()), Duration.ofSeconds(5), RetryPolicy.withRetries(0),
                null, log, JvmTls::load, Clock.systemUTC(), VerdictCache.NONE)
                .revoke(file, client(BoxStandIn.CCG_CLIENT_SECRET), true));

        assertTrue(Files.exists(file));
        assertEquals(0, box.revocations());
        assertEquals("WARN The Box token in " + file + " was not revoked because Maven is offline (-o). " + KEPT,
                log.all());
    }

    @Test
    void noFileMeansNothingToRevoke() throws Exception {
        Files.delete(file);
        assertFalse(revoke(client(BoxStandIn.CCG_CLIENT_SECRET)));
        assertEquals("INFO No Box token file at " + file + ": nothing to revoke.", log.all());
    }

    @Test
    void aRefusedRevocationIsAWarningThatNamesTheCauseAndKeepsTheFile() throws Exception {
        assertFalse(revoke(client("wrongSECRETcanary")));

        assertTrue(Files.exists(file));
        String logged = log.shown();
        assertTrue(logged.startsWith("WARN Could not revoke the Box token in " + file + ": Box refused to revoke the"
                + " token (HTTP 400, invalid_client: The client credentials are invalid).\nThe client id or client"
                + " secret is wrong: check box.clientId and BOX_CLIENT_SECRET against the app's Configuration page in"
                + " the Box Developer Console.\n" + KEPT), logged);
        assertFalse(logged.contains("wrongSECRETcanary") || logged.contains(TOKEN), logged);
    }

    @Test
    void withoutClientCredentialsItWarnsThatTheTokenCannotBeRevoked() throws Exception {
        assertFalse(revoke(Optional.empty()));
        assertTrue(Files.exists(file));
        assertTrue(log.all().startsWith("WARN Cannot revoke the Box token in " + file + ": revoking needs the app's"
                + " client id and secret (settings.xml server <username> and <password>, box.clientId and"
                + " box.clientSecret, BOX_CLIENT_ID and BOX_CLIENT_SECRET, or box.jwtConfig), and none is configured. "
                + KEPT), log.all());
        assertFalse(log.all().contains(TOKEN));
    }

    @Test
    void aFileThatHoldsAnotherTokenThanItsRecordIsNotSent() throws Exception {
        PrivateFiles.writeAtomically(file, "two words".getBytes(StandardCharsets.US_ASCII));
        assertFalse(revoke(client(BoxStandIn.CCG_CLIENT_SECRET)));
        assertEquals("WARN The file " + file + " is not a token box:verify-token handed on: it does not hold the token"
                + " recorded in box-token.handoff. It was not sent to Box, and is kept.", log.all());
        assertEquals(0, box.revocations());
    }

    /** Finding 8: a file anyone may read, or another user wrote, with no record, is not sent with this app's secret. */
    @Test
    void aFileWithoutARecordOrThatOthersMayReadIsNeitherSentNorDeleted() throws Exception {
        Files.delete(dir.resolve("box-token.handoff"));
        assertFalse(revoke(client(BoxStandIn.CCG_CLIENT_SECRET)));
        assertEquals("WARN The file " + file + " is not a token box:verify-token handed on: it holds no record of a"
                + " hand-off (box-token.handoff). It was not sent to Box, and is kept.", log.all());
        assertTrue(Files.exists(file));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            start();
            log.lines.clear();
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            assertFalse(revoke(client(BoxStandIn.CCG_CLIENT_SECRET)));
            assertEquals("WARN The file " + file + " is not a token box:verify-token handed on: it or its record may be"
                    + " read or was written by another user. It was not sent to Box, and is kept.", log.all());
        }
        assertEquals(0, box.revocations(), "nothing was sent to /oauth2/revoke");
        assertFalse(box.revoked(TOKEN));
    }

    /** Finding 9: a record Properties cannot load is not this plugin's, and no failure. */
    @Test
    void aDamagedRecordIsNotOursAndNoFailure() throws Exception {
        PrivateFiles.writeAtomically(dir.resolve("box-token.handoff"), "sha256=\\uZZZZ\n".getBytes(
                StandardCharsets.ISO_8859_1));
        assertFalse(revoke(client(BoxStandIn.CCG_CLIENT_SECRET)));
        assertEquals("WARN The file " + file + " is not a token box:verify-token handed on: its record"
                + " (box-token.handoff) is not one this plugin wrote. It was not sent to Box, and is kept.", log.all());
        assertTrue(Files.exists(file));
    }

    /** Finding 2: a revoked token's verdicts are forgotten, so that a later module of the build checks again. */
    @Test
    void aRevocationForgetsEveryVerdictOfTheToken() throws Exception {
        java.util.List<String> forgotten = new java.util.ArrayList<>();
        VerdictCache cache = new VerdictCache() {
            @Override
            public Verdict get(String key, Check check) throws io.github.boxmaven.failure.BoxCheckFailure {
                return check.run();
            }

            @Override
            public void forget(String tokenSha256) {
                forgotten.add(tokenSha256);
            }
        };
        assertTrue(new TokenRevocation(BaseUrl.parse(box.url()), Duration.ofSeconds(5), RetryPolicy.withRetries(0),
                null, log, JvmTls::load, Clock.systemUTC(), cache)
                .revoke(file, client(BoxStandIn.CCG_CLIENT_SECRET), false));
        assertEquals(java.util.List.of(Secret.of(TOKEN).sha256Hex()), forgotten);
        assertFalse(Files.exists(dir.resolve("box-token.lock")), "the lock goes with the file and its record");
    }
}
