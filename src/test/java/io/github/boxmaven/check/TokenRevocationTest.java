package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.boxapi.RetryPolicy;
import io.github.boxmaven.credential.AppClient;
import io.github.boxmaven.credential.Inputs;
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
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** box:revoke-token's core: revoke the handed-on token, delete its file, and never fail the build. */
class TokenRevocationTest {
    static final String TOKEN = "validREVOKEcanary3e2d1c";

    BoxStandIn box;
    final RecordingLog log = new RecordingLog();

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void start() throws Exception {
        box = BoxStandIn.start(0);
        file = dir.resolve("box-token");
        Files.write(file, (TOKEN + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    @AfterEach
    void stop() {
        box.close();
    }

    private boolean revoke(Optional<AppClient> client) throws Exception {
        return new TokenRevocation(BaseUrl.parse(box.url()), Duration.ofSeconds(5), RetryPolicy.withRetries(0), null,
                log, JvmTls::load, Clock.systemUTC()).revoke(file, client);
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
                RetryPolicy.withRetries(0), null, log, JvmTls::load, Clock.systemUTC())
                .revoke(file, client(BoxStandIn.CCG_CLIENT_SECRET)));
        assertTrue(log.all().startsWith("WARN box.baseUrl https://box.example.org is neither Box (api.box.com or another"
                + " host under box.com) nor loopback, yet the app's credentials go there (its client secret, and with JWT"
                + " a signed assertion that Box would accept). Check box.baseUrl."), log.all());
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
                + " the Box Developer Console.\nThe file is kept; the token stays valid until it expires on its own,"
                + " about an hour after it was written ("), logged);
        assertFalse(logged.contains("wrongSECRETcanary") || logged.contains(TOKEN), logged);
    }

    @Test
    void withoutClientCredentialsItWarnsThatTheTokenCannotBeRevoked() throws Exception {
        assertFalse(revoke(Optional.empty()));
        assertTrue(Files.exists(file));
        assertTrue(log.all().startsWith("WARN Cannot revoke the Box token in " + file + ": revoking needs the app's"
                + " client id and secret (settings.xml server <username> and <password>, box.clientId and"
                + " box.clientSecret, BOX_CLIENT_ID and BOX_CLIENT_SECRET, or box.jwtConfig), and none is configured."
                + " The file is kept; the token stays valid until it expires on its own, about an hour after it was"
                + " written ("), log.all());
        assertFalse(log.all().contains(TOKEN));
    }

    @Test
    void aFileThatHoldsNoTokenIsNotSent() throws Exception {
        Files.write(file, "two words".getBytes(StandardCharsets.US_ASCII));
        assertFalse(revoke(client(BoxStandIn.CCG_CLIENT_SECRET)));
        assertTrue(log.all().startsWith("WARN Cannot revoke the token in " + file + ": its content contains a space or"
                + " line break at position 4 of 9, so it is not a Box token and was not sent."), log.all());
    }
}
