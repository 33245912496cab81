package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.ObtainedToken;
import io.github.boxmaven.credential.AccessToken;
import io.github.boxmaven.credential.AuthMethod;
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

/** box.tokenFile shared by two builds at once: the one that wrote first keeps its token. */
class TokenHandOffTest {
    @TempDir
    Path dir;

    final RecordingLog log = new RecordingLog();

    private static AccessToken minted(String token) {
        return AccessToken.downscoped(new ObtainedToken(Secret.of(token), Duration.ofHours(1), Instant.now()),
                "item_upload");
    }

    private String read(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
    }

    @Test
    void aFileThatDidNotChangeDuringTheCheckIsReplaced() throws Exception {
        Path file = dir.resolve("box-token");
        Files.write(file, "stale-from-an-earlier-build".getBytes(StandardCharsets.US_ASCII));
        TokenHandOff handOff = new TokenHandOff(file, false, log);
        handOff.handOn(AuthMethod.CCG, minted("valid-sa-mine"), "the obtained access token");
        assertEquals("valid-sa-mine", read(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("box-token.lock"))));
    }

    @Test
    void aFileAnotherBuildWroteDuringTheCheckKeepsThatBuildsToken() throws Exception {
        Path file = dir.resolve("box-token");
        TokenHandOff handOff = new TokenHandOff(file, false, log);
        Files.write(file, "valid-sa-theirs".getBytes(StandardCharsets.US_ASCII));
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_FILE_UNWRITABLE,
                () -> handOff.handOn(AuthMethod.JWT, minted("valid-sa-mine"), "the obtained access token"));
        assertEquals("box.tokenFile " + file + " was written by another build while this check ran, so this check's"
                + " token was not written over it.\nGive each build that runs at the same time its own box.tokenFile,"
                + " such as $RUNNER_TEMP/box-token.", e.getMessage());
        assertEquals("valid-sa-theirs", read(file));
        handOff.removeStale(AuthMethod.JWT);
        assertEquals("valid-sa-theirs", read(file), "a failed check deletes no file another build wrote");
    }

    @Test
    void aFailedCheckDeletesTheStaleFileOfAnEarlierBuild() throws Exception {
        Path file = dir.resolve("box-token");
        Files.write(file, "stale-from-an-earlier-build".getBytes(StandardCharsets.US_ASCII));
        new TokenHandOff(file, false, log).removeStale(AuthMethod.CCG);
        assertFalse(Files.exists(file));
        assertTrue(log.all().contains("Deleted " + file + ", written by an earlier build: this check failed."));
    }

    @Test
    void aGivenTokenIsNeverWritten() throws Exception {
        Path file = dir.resolve("box-token");
        TokenHandOff handOff = new TokenHandOff(file, false, log);
        handOff.handOn(AuthMethod.TOKEN, minted("valid-given"), "the token");
        assertFalse(Files.exists(file));
    }
}
