package io.github.boxmaven.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.check.RecordingLog;
import io.github.boxmaven.failure.BoxCheckFailure;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-off's one decision, as a table: for each credential a run has and each state box.tokenFile is in, the
 * {@link HandOff.Mode}, the plan checked, what the log says of the file, and the identity the verdict cache keys on.
 */
class HandOffTest {
    static final Instant NOW = Instant.now();
    /** The build started after every hand-off but {@code this-build}'s. */
    static final Instant BUILD_STARTED = NOW.minusSeconds(60);

    @TempDir
    Path dir;

    final RecordingLog log = new RecordingLog();

    /** What the run has: nothing, app A or B (CCG), or a given token T or U, downscoped (+ds) or not. */
    private static Inputs run(String name) {
        switch (name.replace("+ds", "")) {
            case "nothing": return Inputs.builder();
            case "appA": return ccg("id-a");
            case "appB": return ccg("id-b");
            case "givenT": return Inputs.builder().environment(Map.of("BOX_TOKEN", "valid-t"));
            case "givenU": return Inputs.builder().environment(Map.of("BOX_TOKEN", "valid-u"));
            default: throw new IllegalArgumentException(name);
        }
    }

    private static Inputs ccg(String clientId) {
        return Inputs.builder().clientId(clientId).enterpriseId("1").environment(Map.of("BOX_CLIENT_SECRET", "s"));
    }

    private static TokenFile.Binding asked(String run) throws Exception {
        BaseUrl base = BaseUrl.parse("https://api.box.com");
        return TokenFile.Binding.asked(base, run.endsWith("+ds") ? Downscope.parse("item_upload", "folder:111", base)
                : null);
    }

    /**
     * Puts box.tokenFile in the state named: as a check of {@code state}'s run handed it on, or damaged (a record with
     * no instant in it), or unloadable (an escape {@code Properties.load} refuses).
     */
    private Path file(String state) throws Exception {
        Path file = dir.resolve("box-token");
        String[] made = state.split("@");
        if (state.equals("absent")) {
            return file;
        }
        if (state.equals("no-record")) {
            PrivateFiles.writeAtomically(file, "valid-by-hand".getBytes(StandardCharsets.US_ASCII));
            return file;
        }
        String by = made[0];
        Instant handedOnAt = state.endsWith("@this-build") ? NOW : NOW.minusSeconds(600);
        Instant expiresAt = state.endsWith("@expired") ? NOW.minusSeconds(1) : NOW.plusSeconds(3600);
        TokenFile tokenFile = new TokenFile(file);
        tokenFile.write(tokenFile.read(), Secret.of("valid-handed-on"), handedOnAt, expiresAt,
                asked(by).madeBy(run(by).build().plan().credential), null);
        if (state.endsWith("@damaged")) {
            Files.write(dir.resolve("box-token.handoff"), "handedOnAt=yesterday\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (state.endsWith("@unloadable")) { // finding 9: an escape Properties.load refuses
            Files.write(dir.resolve("box-token.handoff"), "sha256=\\uZZZZ\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    @ParameterizedTest(name = "{0} x {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # run       | box.tokenFile         | mode             | plan  | the log says of the file
            nothing     | absent                | fails            |       | box.tokenFile %s does not exist
            nothing     | appA@earlier          | TAKE             | TOKEN |
            nothing     | appA@this-build       | TAKE             | TOKEN |
            nothing     | appA@expired          | fails            |       | box.tokenFile %s is not taken: its token expired at
            nothing     | appA@damaged          | fails            |       | box.tokenFile %s is not taken: its record (box-token.handoff) is not one this plugin wrote
            nothing     | appA@unloadable       | fails            |       | box.tokenFile %s is not taken: its record (box-token.handoff) is not one this plugin wrote
            nothing     | no-record             | fails            |       | box.tokenFile %s is not taken: it holds no record of a hand-off
            nothing     | givenT+ds@earlier     | fails            |       | box.tokenFile %s is not taken: it was handed on for scopes item_upload
            appA        | absent                | WRITE            | CCG   |
            appA        | appA@earlier          | TAKE_OR_REPLACE  | TOKEN |
            appA        | appA@this-build       | WRITE            | CCG   |
            appA        | appA@expired          | WRITE            | CCG   | box.tokenFile %s is not taken: its token expired at
            appA        | appA@damaged          | WRITE            | CCG   | box.tokenFile %s is not taken: its record
            appA        | appA@unloadable       | WRITE            | CCG   | box.tokenFile %s is not taken: its record (box-token.handoff) is not one this plugin wrote
            appA        | no-record             | WRITE            | CCG   | box.tokenFile %s is not taken: it holds no record
            appA        | givenT+ds@earlier     | WRITE            | CCG   | box.tokenFile %s is not taken: it was handed on for
            appB        | appA@earlier          | WRITE            | CCG   | box.tokenFile %s is not taken: it was handed on for app id-a (this run asks for id-b)
            givenT      | absent                | NOT_WRITTEN      | TOKEN |
            givenT      | appA@earlier          | NOT_WRITTEN      | TOKEN | box.tokenFile %s is not taken: it was handed on for an app's token
            givenT      | appA@this-build       | NOT_WRITTEN      | TOKEN |
            givenT+ds   | absent                | WRITE            | TOKEN |
            givenT+ds   | givenT+ds@earlier     | TAKE_OR_REPLACE  | TOKEN |
            givenU+ds   | givenT+ds@earlier     | WRITE            | TOKEN | box.tokenFile %s is not taken: it was handed on for a token made from another given token
            givenT+ds   | appA@earlier          | WRITE            | TOKEN | box.tokenFile %s is not taken: it was handed on for
            """)
    void eachRunAndFileStateHasOneMode(String run, String state, String mode, String plan, String note)
            throws Exception {
        Path file = file(state);
        String expected = note == null ? null : String.format(note, file);
        if (mode.equals("fails")) {
            BoxCheckFailure failure = assertThrows(BoxCheckFailure.class, () -> plan(run, file));
            assertTrue(failure.getMessage().contains(expected), failure.getMessage());
            return;
        }
        HandOff handOff = plan(run, file);
        assertEquals(HandOff.Mode.valueOf(mode), handOff.mode());
        assertEquals(AuthMethod.valueOf(plan), handOff.plan().method);
        handOff.announce();
        String said = log.lines.stream().filter(line -> line.contains(" is not taken: ")).findFirst().orElse(null);
        if (expected == null) {
            assertEquals(null, said, log.all());
        } else {
            assertTrue(said != null && said.startsWith("INFO " + expected), log.all());
        }
        String identity = run.equals("nothing") ? "handed-on " + Secret.of("valid-handed-on").sha256Hex()
                : run(run).build().plan().credential.identity();
        assertEquals(identity, handOff.identity(), "a run with a credential of its own is cached under it, whatever"
                + " the file holds, so that a replacement's verdict is found by the modules after it");
    }

    private HandOff plan(String run, Path file) throws Exception {
        return HandOff.plan(file, asked(run), run(run).build(), NOW, BUILD_STARTED, null, log);
    }

    /**
     * A settings.xml username without a password is no app: the hand-off is bound to the app the run really uses, so
     * a step with box.clientId takes the hand-off it made itself instead of minting another.
     */
    @org.junit.jupiter.api.Test
    void aServerUsernameWithoutPasswordIsNotTheApp() throws Exception {
        Inputs appA = ccg("id-a").server("box", id -> Optional.of(new CredentialInputs.SettingsServer("id-b", null)));
        Path file = dir.resolve("box-token");
        TokenFile tokenFile = new TokenFile(file);
        tokenFile.write(tokenFile.read(), Secret.of("valid-handed-on"), NOW.minusSeconds(600), NOW.plusSeconds(3600),
                asked("appA").madeBy(appA.build().plan().credential), null);
        assertEquals("id-a", appA.build().plan().credential.app());
        HandOff handOff = HandOff.plan(file, asked("appA"), appA.build(), NOW, BUILD_STARTED, null, log);
        assertEquals(HandOff.Mode.TAKE_OR_REPLACE, handOff.mode());
    }
}
