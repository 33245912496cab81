package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.ObtainedToken;
import io.github.boxmaven.credential.AccessToken;
import io.github.boxmaven.credential.AuthPlan;
import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** box.tokenFile shared by two builds at once: the one that wrote first keeps its token. */
class TokenHandOffTest {
    /** A build that started after the hand-off: a later CI step. */
    static final Instant LATER = Instant.now().plusSeconds(3600);

    @TempDir
    Path dir;

    final RecordingLog log = new RecordingLog();

    static final AuthPlan CCG = plan(Inputs.builder().clientId("id").enterpriseId("1")
            .environment(Map.of("BOX_CLIENT_SECRET", "s")));
    static final AuthPlan JWT = CCG;
    static final AuthPlan GIVEN = plan(Inputs.builder().environment(Map.of("BOX_TOKEN", "valid-given")));

    private static AuthPlan plan(Inputs inputs) {
        try {
            return inputs.build().plan();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AccessToken minted(String token) {
        return AccessToken.downscoped(new ObtainedToken(Secret.of(token), Duration.ofHours(1), Instant.now()),
                "item_upload", null, null);
    }

    private String read(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
    }

    @Test
    void aFileThatDidNotChangeDuringTheCheckIsReplaced() throws Exception {
        Path file = dir.resolve("box-token");
        Files.write(file, "stale-from-an-earlier-build".getBytes(StandardCharsets.US_ASCII));
        TokenHandOff handOff = new TokenHandOff(file, false, BaseUrl.parse("https://api.box.com"), log);
        handOff.handOn(CCG, minted("valid-sa-mine"), "the obtained access token");
        assertEquals("valid-sa-mine", read(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("box-token.lock"))));
    }

    @Test
    void aFileAnotherBuildWroteDuringTheCheckKeepsThatBuildsToken() throws Exception {
        Path file = dir.resolve("box-token");
        TokenHandOff handOff = new TokenHandOff(file, false, BaseUrl.parse("https://api.box.com"), log);
        Files.write(file, "valid-sa-theirs".getBytes(StandardCharsets.US_ASCII));
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_FILE_UNWRITABLE,
                () -> handOff.handOn(JWT, minted("valid-sa-mine"), "the obtained access token"));
        assertEquals("box.tokenFile " + file + " was written by another build while this check ran, so this check's"
                + " token was not written over it.\nGive each build that runs at the same time its own box.tokenFile,"
                + " such as $RUNNER_TEMP/box-token.", e.getMessage());
        assertEquals("valid-sa-theirs", read(file));
        handOff.removeStale(JWT);
        assertEquals("valid-sa-theirs", read(file), "a failed check deletes no file another build wrote");
    }

    @Test
    void aFailedCheckDeletesTheStaleFileOfAnEarlierBuild() throws Exception {
        Path file = dir.resolve("box-token");
        Files.write(file, "stale-from-an-earlier-build".getBytes(StandardCharsets.US_ASCII));
        new TokenHandOff(file, false, BaseUrl.parse("https://api.box.com"), log).removeStale(CCG);
        assertFalse(Files.exists(file));
        assertTrue(log.all().contains("Deleted " + file + ", written by an earlier build: this check failed."));
    }

    @Test
    void aGivenTokenIsNeverWritten() throws Exception {
        Path file = dir.resolve("box-token");
        TokenHandOff handOff = new TokenHandOff(file, false, BaseUrl.parse("https://api.box.com"), log);
        handOff.handOn(GIVEN, minted("valid-given"), "the token");
        assertFalse(Files.exists(file));
    }

    private static AccessToken obtained(String token, Instant expiresAt) {
        return AccessToken.downscoped(new ObtainedToken(Secret.of(token), Duration.between(Instant.now(), expiresAt),
                Instant.now()), "item_upload", null, null);
    }

    @Test
    void aHandedOnTokenIsTakenAsItIsWithTheExpiryRecordedWhenItWasHandedOn() throws Exception {
        Path file = dir.resolve("box-token");
        Instant expiresAt = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        new TokenHandOff(file, false, BaseUrl.parse("https://api.box.com"), log).handOn(CCG,
                obtained("valid-sa-handed-on", expiresAt), "the obtained access token");
        String record = read(dir.resolve("box-token.handoff"));
        assertFalse(record.contains("valid-sa-handed-on"), "the record never holds the token");
        assertTrue(record.contains("sha256=" + Secret.of("valid-sa-handed-on").sha256Hex()), record);

        TokenHandOff later = new TokenHandOff(file, false, BaseUrl.parse("https://api.box.com"), log);
        io.github.boxmaven.credential.HandedOnToken handedOn = later.handedOn(Instant.now(), LATER).get();
        AuthPlan plan = handedOn.plan();
        assertEquals(io.github.boxmaven.credential.AuthMethod.TOKEN, plan.method());
        assertFalse(later.handsOn(plan), "a handed-on token is never written again");
        AccessToken token = plan.credential().accessToken(null);
        assertEquals("valid-sa-handed-on", token.value().reveal());
        assertTrue(Math.abs(Duration.between(expiresAt, token.issuedExpiry()).getSeconds()) <= 1, token.issuedExpiry()
                + " " + expiresAt);
        assertTrue(token.origin().startsWith("handed on in box.tokenFile at "), token.origin());
    }

    @Test
    void aTokenFileThatIsNotAsItWasHandedOnIsNotTaken() throws Exception {
        Path file = dir.resolve("box-token");
        BaseUrl box = BaseUrl.parse("https://api.box.com");
        new TokenHandOff(file, false, box, log).handOn(CCG, obtained("valid-sa-1", Instant.now().plusSeconds(3600)),
                "the obtained access token");
        assertTrue(new TokenHandOff(file, false, box, log).handedOn(Instant.now(), LATER).isPresent());
        assertFalse(new TokenHandOff(file, false, box, log).handedOn(Instant.now(), Instant.now().minusSeconds(60))
                .isPresent(), "handed on by this build itself (an earlier module): its check is reused from the build");

        assertFalse(new TokenHandOff(file, false, BaseUrl.parse("https://other.box.com"), log).handedOn(Instant.now(), LATER)
                .isPresent(), "handed on for another base URL");
        assertFalse(new TokenHandOff(file, false, box, log).handedOn(Instant.now().plusSeconds(3601), LATER).isPresent(),
                "expired");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertFalse(new TokenHandOff(file, false, box, log).handedOn(Instant.now(), LATER).isPresent(), "readable by others");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.write(file, "valid-written-by-hand".getBytes(StandardCharsets.US_ASCII));
        assertFalse(new TokenHandOff(file, false, box, log).handedOn(Instant.now(), LATER).isPresent(),
                "a token that is not the one recorded");
        Files.delete(dir.resolve("box-token.handoff"));
        assertFalse(new TokenHandOff(file, false, box, log).handedOn(Instant.now(), LATER).isPresent(), "no record");
    }
}
