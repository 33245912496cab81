package io.github.boxmaven.credential;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.check.CheckFixture;
import io.github.boxmaven.check.RecordingLog;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** box.tokenFile as a file: only regular files of this user are read, and a hand-off is bound to what made it. */
class TokenFileTest {
    static final Instant NOW = Instant.now();
    static final Secret TOKEN = Secret.of("valid-ds-7-Q7w");

    @TempDir
    Path dir;

    private static TokenFile.Binding asked(String scopes, String resource) throws Exception {
        BaseUrl base = BaseUrl.parse("https://api.box.com");
        return TokenFile.Binding.asked(base, Downscope.parse(scopes, resource, base));
    }

    /** Hands {@link #TOKEN} on for {@code binding}, as a check does. */
    private static TokenFile handOn(Path file, TokenFile.Binding binding) throws Exception {
        TokenFile tokenFile = new TokenFile(file);
        tokenFile.write(tokenFile.read(), TOKEN, NOW.minusSeconds(60), NOW.plusSeconds(3600), binding, null);
        return tokenFile;
    }

    /** A later step's hand-off with {@code inputs}, asking for {@code asked}. */
    private static HandOff later(TokenFile file, Inputs inputs, TokenFile.Binding asked) throws Exception {
        return HandOff.plan(file.path(), asked, inputs.build(), NOW, NOW, null, new RecordingLog());
    }

    @Test
    void aHandOffIsTakenOnlyForTheScopesItemAppAndSubjectItWasHandedOnFor() throws Exception {
        Inputs appA = Inputs.builder().clientId("app-a").enterpriseId("777")
                .environment(Map.of("BOX_CLIENT_SECRET", "s"));
        TokenFile file = handOn(dir.resolve("box-token"), asked("item_upload,base_explorer", "folder:111")
                .madeBy(appA.build().plan().credential));
        Inputs noSecrets = Inputs.builder();

        assertEquals(HandOff.Mode.TAKE_OR_REPLACE, later(file, appA, asked("base_explorer, item_upload",
                "folder:111")).mode(), "the same scopes in another order, the same item, app and subject");
        assertEquals(HandOff.Mode.TAKE, later(file, noSecrets, asked("item_upload,base_explorer", "folder:111"))
                .mode(), "a step that can obtain no token of its own");
        assertEquals(HandOff.Mode.TAKE, later(file, Inputs.builder().userId("42"), asked("item_upload,base_explorer",
                "folder:111")).mode(), "a subject alone makes no plan: nothing to compare");
        assertNotTaken(file, noSecrets, asked("item_upload", "folder:111"), "scopes base_explorer item_upload (this"
                + " run asks for item_upload)");
        assertNotTaken(file, noSecrets, asked("item_upload,base_explorer", "folder:222"), "item folder 111 (this run"
                + " asks for folder 222)");
        assertNotTaken(file, noSecrets, asked(null, null), "scopes base_explorer item_upload (this run asks for none),"
                + " and item folder 111 (this run asks for none)");
        assertNotTaken(file, appA.clientId("app-b"), asked("item_upload,base_explorer", "folder:111"),
                "app app-a (this run asks for app-b)");
        assertNotTaken(file, appA.clientId("app-a").userId("42").enterpriseId(null), asked("item_upload,base_explorer",
                "folder:111"), "subject enterprise 777 (this run asks for user 42)");
        assertNotTaken(file, CheckFixture.tokenInEnvironment("valid-given"), asked("item_upload,base_explorer",
                "folder:111"), "an app's token, not one made from the token this run checks");
    }

    private static void assertNotTaken(TokenFile file, Inputs inputs, TokenFile.Binding asked, String why)
            throws Exception {
        HandOff handOff;
        try {
            handOff = later(file, inputs, asked);
        } catch (BoxCheckFailure noOtherCredential) {
            assertEquals(FailureKind.NO_TOKEN, noOtherCredential.kind());
            assertTrue(noOtherCredential.getMessage().startsWith("No Box token found (box.tokenFile " + file.path()
                    + " is not taken: it was handed on for " + why + ").\nSet one of: "), noOtherCredential.getMessage());
            return;
        }
        assertEquals(HandOff.Mode.WRITE, handOff.mode(), why);
        RecordingLog log = new RecordingLog();
        HandOff.plan(file.path(), asked, inputs.build(), NOW, NOW, null, log).announce();
        assertEquals("INFO box.tokenFile " + file.path() + " is not taken: it was handed on for " + why + ".",
                log.lines.get(0));
    }

    @Test
    void aTokenTheRecordDoesNotBindIsNeverTakenWhateverItsSyntax() throws Exception {
        TokenFile file = handOn(dir.resolve("box-token"), asked(null, null));
        Files.write(file.path(), "${x\r::error title=forged::hello\r::add-mask::x}".getBytes(StandardCharsets.UTF_8));
        TokenFile.Contents contents = file.read();
        assertNull(contents.token());
        assertEquals("is the unresolved Maven expression ${x?::error title=forged::hello?::add-mask::x} (what it names"
                + " is not set)", contents.problem(), "what a file or server holds is cleaned before it is quoted");
    }

    @Test
    void aNamedPipeAtTheTokenFileFailsAtOnceNamingThePath() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path fifo = dir.resolve("box-token");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        BoxCheckFailure e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertFailure(FailureKind.TOKEN_FILE_UNWRITABLE, () -> new TokenFile(fifo).read()));
        assertEquals("Cannot use " + fifo + " for box.tokenFile: it is a named pipe, socket or device, not a regular"
                + " file.\nPoint box.tokenFile at a regular file in the runner's temporary directory, such as"
                + " $RUNNER_TEMP/box-token.", e.getMessage());
    }

    @Test
    void aLinkToAnEndlessDeviceIsNotFollowed() throws Exception {
        Path devZero = Path.of("/dev/zero");
        assumeTrue(Files.exists(devZero));
        Path link = Files.createSymbolicLink(dir.resolve("box-token"), devZero);
        BoxCheckFailure e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertFailure(FailureKind.TOKEN_FILE_UNWRITABLE, () -> new TokenFile(link).read()));
        assertTrue(e.getMessage().startsWith("Cannot use " + link + " for box.tokenFile: it is a symbolic link, not a"
                + " regular file."), e.getMessage());
        Files.delete(link);
    }

    @Test
    void aDirectoryInPlaceOfTheRecordFailsNamingIt() throws Exception {
        Files.createDirectories(dir.resolve("box-token.handoff"));
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_FILE_UNWRITABLE,
                () -> new TokenFile(dir.resolve("box-token")).read());
        assertTrue(e.getMessage().startsWith("Cannot use " + dir.resolve("box-token.handoff") + " for box.tokenFile:"
                + " it is a directory, not a regular file."), e.getMessage());
    }

    @Test
    void aFileLargerThanAnyTokenIsNotRead() throws Exception {
        Path file = dir.resolve("box-token");
        Files.write(file, new byte[TokenFile.MAX_BYTES + 1]);
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_FILE_UNWRITABLE, () -> new TokenFile(file).read());
        assertTrue(e.getMessage().startsWith("Cannot use " + file + " for box.tokenFile: it is larger than 8192"
                + " bytes."), e.getMessage());
    }

    @Test
    void aLockAnotherBuildHoldsIsSaidToBeBusyNotWritten() throws Exception {
        Path path = dir.resolve("box-token");
        TokenFile file = new TokenFile(path, Duration.ofMillis(200));
        TokenFile.Contents before = file.read();
        try (FileChannel lockFile = FileChannel.open(dir.resolve("box-token.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = lockFile.lock()) {
            BoxCheckFailure e = assertFailure(FailureKind.TOKEN_FILE_UNWRITABLE, () -> file.write(before, TOKEN, NOW,
                    NOW.plusSeconds(3600), asked(null, null), null));
            assertEquals("box.tokenFile " + path + " stayed locked by another build for 200ms, so this check's token"
                    + " was not written.\nGive each build that runs at the same time its own box.tokenFile, such as"
                    + " $RUNNER_TEMP/box-token.", e.getMessage());
        }
        assertFalse(Files.exists(path));
    }

    /** The owner is compared as a principal with the owner of a file this process creates, on POSIX and Windows. */
    @Test
    void aHandOffOwnedByAnotherUserIsNotTakenOnPosixOrWindows() throws Exception {
        for (FileSystem fs : new FileSystem[] {
            Jimfs.newFileSystem(Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix").build()),
            Jimfs.newFileSystem(Configuration.windows().toBuilder().setAttributeViews("basic", "owner", "acl").build())}) {
            try (fs) {
                Path work = fs.getRootDirectories().iterator().next().resolve("work");
                Files.createDirectories(work);
                TokenFile file = handOn(work.resolve("box-token"), asked(null, null));
                assertNull(file.read().whyNotTaken(asked(null, null), NOW), fs.toString());

                UserPrincipal mallory = fs.getUserPrincipalLookupService().lookupPrincipalByName("mallory");
                for (Path path : new Path[] {file.path(), file.recordPath()}) {
                    Files.setOwner(path, mallory);
                    AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
                    if (acl != null) {
                        // as mallory would have written it: owner-only, for mallory
                        acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(mallory)
                                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
                    }
                }
                assertEquals("it or its record may be read or was written by another user",
                        file.read().whyNotTaken(asked(null, null), NOW), fs.toString());
            }
        }
    }
}
