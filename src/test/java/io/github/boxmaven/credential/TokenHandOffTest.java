package io.github.boxmaven.credential;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.AccessToken;
import io.github.boxmaven.boxapi.ObtainedToken;
import io.github.boxmaven.check.CheckFixture;
import io.github.boxmaven.check.RecordingLog;
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
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** box.tokenFile between builds: what is written, what a later build takes, and two builds that share the file. */
class TokenHandOffTest {
    /** A build that started after the hand-off: a later CI step. */
    static final Instant LATER = Instant.now().plusSeconds(3600);

    @TempDir
    Path dir;

    final RecordingLog log = new RecordingLog();

    static final Inputs CCG_INPUTS = Inputs.builder().clientId("id").enterpriseId("1")
            .environment(Map.of("BOX_CLIENT_SECRET", "s"));
    static final AuthPlan CCG = plan(CCG_INPUTS);
    static final AuthPlan GIVEN = plan(Inputs.builder().environment(Map.of("BOX_TOKEN", "valid-given")));

    private static AuthPlan plan(Inputs inputs) {
        try {
            return inputs.build().plan();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AccessToken minted(String token) {
        return obtained(token, Instant.now().plus(Duration.ofHours(1)));
    }

    private static AccessToken obtained(String token, Instant expiresAt) {
        return AccessToken.downscoped(new ObtainedToken(Secret.of(token), Duration.between(Instant.now(), expiresAt),
                Instant.now()), "item_upload");
    }

    private static TokenFile.Binding asked(String baseUrl) throws Exception {
        return TokenFile.Binding.asked(BaseUrl.parse(baseUrl), null);
    }

    /** Hands {@code token} on as a check of {@code plan} does. */
    private void handOn(Path file, AuthPlan plan, AccessToken token) throws Exception {
        handOn(new TokenFile(file), new TokenFile(file).read(), plan, token);
    }

    private void handOn(TokenFile file, TokenFile.Contents before, AuthPlan plan, AccessToken token) throws Exception {
        file.write(before, token.value, Instant.now(), token.expiresAt, asked("https://api.box.com").madeBy(
                plan.credential), null);
    }

    /** The hand-off a later step makes with {@code inputs}, at {@code now}. */
    private HandOff later(Path file, Inputs inputs, Instant now, Instant buildStarted) throws Exception {
        return later(file, inputs, asked("https://api.box.com"), now, buildStarted);
    }

    private HandOff later(Path file, Inputs inputs, TokenFile.Binding asked, Instant now, Instant buildStarted)
            throws Exception {
        return HandOff.plan(file, asked, inputs.build(), now, buildStarted, null, log);
    }

    private boolean posix() throws Exception {
        return Files.getFileStore(dir).supportsFileAttributeView("posix");
    }

    private String read(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
    }

    @Test
    void aFileThatDidNotChangeDuringTheCheckIsReplaced() throws Exception {
        Path file = dir.resolve("box-token");
        Files.write(file, "stale-from-an-earlier-build".getBytes(StandardCharsets.US_ASCII));
        handOn(file, CCG, minted("valid-sa-mine"));
        assertEquals("valid-sa-mine", read(file));
        if (posix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dir.resolve("box-token.lock"))));
        }
    }

    @Test
    void aFileAnotherBuildWroteDuringTheCheckKeepsThatBuildsToken() throws Exception {
        Path file = dir.resolve("box-token");
        TokenFile tokenFile = new TokenFile(file);
        TokenFile.Contents before = tokenFile.read();
        Files.write(file, "valid-sa-theirs".getBytes(StandardCharsets.US_ASCII));
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_FILE_UNWRITABLE,
                () -> handOn(tokenFile, before, CCG, minted("valid-sa-mine")));
        assertEquals("box.tokenFile " + file + " was written by another build while this check ran, so this check's"
                + " token was not written over it.\nGive each build that runs at the same time its own box.tokenFile,"
                + " such as $RUNNER_TEMP/box-token.", e.getMessage());
        assertEquals("valid-sa-theirs", read(file));
        assertFalse(Files.exists(dir.resolve("box-token.handoff")), "nothing of this check's hand-off is written");
        assertFalse(tokenFile.delete(before));
        assertEquals("valid-sa-theirs", read(file), "a failed check deletes no file another build wrote");
    }

    @Test
    void aFailedCheckDeletesTheStaleFileOfAnEarlierBuild() throws Exception {
        Path file = dir.resolve("box-token");
        handOn(file, CCG, minted("valid-sa-earlier"));
        try (io.github.boxmaven.standin.BoxStandIn box = io.github.boxmaven.standin.BoxStandIn.start(0)) {
            assertFailure(FailureKind.TOKEN_ENDPOINT_REJECTED, () -> CheckFixture.against(box.url(), log,
                    new java.util.ArrayList<>()).tokenFile(file).verdict(CCG_INPUTS));
        }
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("box-token.handoff")));
        assertTrue(log.all().contains("Deleted " + file + ", written by an earlier build: this check failed."));
    }

    @Test
    void aHandedOnTokenIsTakenAsItIsWithTheExpiryRecordedWhenItWasHandedOn() throws Exception {
        Path file = dir.resolve("box-token");
        Instant expiresAt = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        handOn(file, CCG, obtained("valid-sa-handed-on", expiresAt));
        String record = read(dir.resolve("box-token.handoff"));
        assertFalse(record.contains("valid-sa-handed-on"), "the record never holds the token");
        assertTrue(record.contains("sha256=" + Secret.of("valid-sa-handed-on").sha256Hex()), record);
        assertTrue(record.contains("\nbaseUrl=https://api.box.com\napp=id\nsubject=enterprise 1\n"), record);

        HandOff handOff = later(file, Inputs.builder(), Instant.now(), LATER);
        assertEquals(HandOff.Mode.TAKE, handOff.mode(), "without the app's credentials nothing can replace it");
        assertEquals(AuthMethod.TOKEN, handOff.plan().method);
        AccessToken token = handOff.plan().credential.accessToken(null);
        assertEquals(AccessToken.Kind.HANDED_ON, token.kind);
        assertEquals("valid-sa-handed-on", token.value.reveal());
        assertTrue(Math.abs(Duration.between(expiresAt, token.expiresAt).getSeconds()) <= 1, token.expiresAt
                + " " + expiresAt);
        assertTrue(token.origin.startsWith("from box.tokenFile (handed on at "), token.origin);
        assertEquals(HandOff.Mode.TAKE_OR_REPLACE, later(file, CCG_INPUTS, Instant.now(), LATER).mode());
    }

    @Test
    void aTokenFileThatIsNotAsItWasHandedOnIsNotTakenAndTheLogSaysWhy() throws Exception {
        Path file = dir.resolve("box-token");
        handOn(file, CCG, obtained("valid-sa-1", Instant.now().plusSeconds(3600)));
        assertEquals(HandOff.Mode.TAKE_OR_REPLACE, later(file, CCG_INPUTS, Instant.now(), LATER).mode());
        HandOff sameBuild = later(file, CCG_INPUTS, Instant.now(), Instant.now().minusSeconds(60));
        assertEquals(HandOff.Mode.WRITE, sameBuild.mode(), "handed on by this build itself: its check is reused");
        sameBuild.announce();
        assertTrue(log.lines.isEmpty(), log.all());
        assertEquals(HandOff.Mode.TAKE, later(file, Inputs.builder(), Instant.now(), Instant.now().minusSeconds(60))
                .mode(), "a module that cannot obtain a token takes the one this build handed on");

        later(file, CCG_INPUTS, asked("https://other.box.com"), Instant.now(), LATER).announce();
        assertEquals("INFO box.tokenFile " + file + " is not taken: it was handed on for baseUrl https://api.box.com"
                + " (this run asks for https://other.box.com).", log.lines.get(0));
        assertNotTaken(file, Instant.now().plusSeconds(3601), "its token expired at ");
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            assertNotTaken(file, Instant.now(), "it or its record may be read or was written by another user");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        PrivateFiles.writeAtomically(file, "valid-written-by-hand".getBytes(StandardCharsets.US_ASCII));
        assertNotTaken(file, Instant.now(), "it does not hold the token recorded in box-token.handoff");
        Files.delete(dir.resolve("box-token.handoff"));
        assertNotTaken(file, Instant.now(), "it holds no record of a hand-off (box-token.handoff)");
    }

    private void assertNotTaken(Path file, Instant now, String why) throws Exception {
        log.lines.clear();
        HandOff handOff = later(file, CCG_INPUTS, now, LATER);
        assertEquals(HandOff.Mode.WRITE, handOff.mode());
        assertEquals(AuthMethod.CCG, handOff.plan().method);
        handOff.announce();
        assertTrue(log.lines.get(0).startsWith("INFO box.tokenFile " + file + " is not taken: " + why), log.all()
                + " " + why);
    }

    @Test
    void aRecordThatCannotBeWrittenLeavesNoTokenBehind() throws Exception {
        Path file = dir.resolve("box-token");
        TokenFile tokenFile = new TokenFile(file);
        TokenFile.Contents before = tokenFile.read();
        Files.createDirectories(dir.resolve("box-token.handoff/in-the-way"));
        assertFailure(FailureKind.TOKEN_FILE_UNWRITABLE, () -> handOn(tokenFile, before, CCG, minted("valid-sa-mine")));
        assertFalse(Files.exists(file), "the minted token is not left in box.tokenFile");
        assertTrue(Files.isDirectory(dir.resolve("box-token.handoff/in-the-way")), "what was in the way is kept");
    }

    @Test
    void aFileWrittenOwnerOnlyByThisUserIsTakenOnEveryFileSystem() throws Exception {
        Path file = dir.resolve("box-token");
        PrivateFiles.writeAtomically(file, "valid-sa-x".getBytes(StandardCharsets.US_ASCII));
        handOn(file, CCG, minted("valid-sa-y"));
        assertEquals(HandOff.Mode.TAKE, later(file, Inputs.builder(), Instant.now(), LATER).mode(),
                "the owner is compared as a principal, as on Windows where a name comparison fails");
    }
}
