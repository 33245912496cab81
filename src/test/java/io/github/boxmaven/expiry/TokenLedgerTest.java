package io.github.boxmaven.expiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.check.RecordingLog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

class TokenLedgerTest {
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path dir;

    final RecordingLog log = new RecordingLog();

    static String hash(String token) {
        return Secret.of(token).sha256Hex();
    }

    private TokenLedger ledger() {
        return new TokenLedger(dir.resolve("ledger/token-ledger.properties"), HOUR, log);
    }

    private List<String> entries() throws Exception {
        return Files.readAllLines(ledger().file).stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
    }

    @Test
    void recordsTheHashAndTheFirstSightingNeverTheToken() throws Exception {
        TokenLedger ledger = ledger();
        assertEquals(NOW, ledger.recordAccepted(hash("secretTokenABC"), NOW).get().first);
        assertEquals(NOW, ledger.recordAccepted(hash("secretTokenABC"), NOW.plusSeconds(600)).get().first,
                "the first sighting stays");
        assertNull(ledger.problem());
        assertEquals(List.of(hash("secretTokenABC") + "=2026-11-29T10:00:00Z"), entries());
        assertFalse(new String(Files.readAllBytes(ledger.file), StandardCharsets.UTF_8).contains("secretTokenABC"));
        assertEquals(NOW, ledger.firstSeen(hash("secretTokenABC"), NOW.plusSeconds(60)).get().first);
        assertTrue(log.lines.isEmpty(), log.all());
    }

    @Test
    void isOwnerOnly() throws Exception {
        TokenLedger ledger = ledger();
        ledger.recordAccepted(hash("t"), NOW);
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ledger.file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ledger.file.getParent())));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    ledger.file.resolveSibling("token-ledger.properties.lock"))));
        }
    }

    @Test
    void aSymbolicLinkInPlaceOfTheLockFileIsNotFollowed() throws Exception {
        TokenLedger ledger = ledger();
        Files.createDirectories(ledger.file.getParent());
        Path elsewhere = dir.resolve("someone-elses-file");
        Files.write(elsewhere, "theirs".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(ledger.file.resolveSibling("token-ledger.properties.lock"), elsewhere);
        assertFalse(ledger.recordAccepted(hash("t"), NOW).isPresent(), "no sighting is made up when none is kept");
        assertTrue(log.all().startsWith("WARN Cannot write the token ledger " + ledger.file), log.all());
        assertTrue(ledger.problem().startsWith("cannot be written (IOException: "), ledger.problem());
        assertEquals("theirs", new String(Files.readAllBytes(elsewhere), StandardCharsets.UTF_8));
        assertFalse(Files.exists(ledger.file), "nothing is recorded through a link");
    }

    @Test
    void doesNotChangeTheModeOfADirectoryTheUserChose() throws Exception {
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        new TokenLedger(dir.resolve("ledger.properties"), HOUR, log).recordAccepted(hash("t"), NOW);
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }

    @Test
    void sightingsAreKeptThirtyDaysPastTheLifetimeThenPruned() throws Exception {
        TokenLedger ledger = ledger();
        ledger.recordAccepted(hash("old"), NOW.minus(TokenLedger.KEPT).minus(Duration.ofMinutes(61)));
        ledger.recordAccepted(hash("expired"), NOW.minus(Duration.ofMinutes(61)));
        ledger.recordAccepted(hash("new"), NOW);
        List<String> entries = entries();
        assertEquals(2, entries.size(), entries.toString());
        assertFalse(ledger.firstSeen(hash("old"), NOW).isPresent());
        assertEquals(NOW.minus(Duration.ofMinutes(61)), ledger.firstSeen(hash("expired"), NOW).get().first);
        assertFalse(ledger.firstSeen(hash("expired"), NOW).get().outlived(), "Box has not accepted it since");
    }

    @Test
    void aTokenBoxAcceptsAfterTheLifetimeIsKeptAsOutlivedWhileBoxAcceptsIt() throws Exception {
        TokenLedger ledger = ledger();
        ledger.recordAccepted(hash("app"), NOW);
        assertTrue(ledger.recordAccepted(hash("app"), NOW.plus(Duration.ofMinutes(61))).get().outlived());
        assertEquals(List.of(hash("app") + "=2026-11-29T10:00:00Z outlived 2026-11-29T11:01:00Z"), entries());
        Instant monthsLater = NOW.plus(TokenLedger.KEPT.multipliedBy(4));
        for (Instant at = NOW.plus(TokenLedger.KEPT); !at.isAfter(monthsLater); at = at.plus(TokenLedger.KEPT.minusDays(1))) {
            TokenLedger.Sighting seen = ledger.recordAccepted(hash("app"), at).get();
            assertEquals(NOW, seen.first, "still the first sighting at " + at);
            assertTrue(seen.outlived());
        }
        Instant lastAccepted = Instant.parse(entries().get(0).split(" outlived ")[1]);
        assertFalse(ledger.firstSeen(hash("app"), lastAccepted.plus(TokenLedger.KEPT)).isPresent(),
                "dropped once Box has not accepted it for " + TokenLedger.KEPT);
    }

    @Test
    void corruptLinesAreAWarningAndTheLedgerIsRebuilt() throws Exception {
        TokenLedger ledger = ledger();
        Files.createDirectories(ledger.file.getParent());
        PrivateFiles.writeAtomically(ledger.file, String.join("\n", "garbage", hash("kept") + "=2026-11-29T09:30:00Z",
                hash("x") + "=yesterday", "<<<<<<< merge").getBytes(StandardCharsets.UTF_8));
        assertFalse(ledger.recordAccepted(hash("new"), NOW).isPresent(), "a corrupt line may have held it");
        assertEquals("had lines that are not <sha256>=<instant>, which may have held this token", ledger.problem());
        assertEquals(Instant.parse("2026-11-29T09:30:00Z"), ledger.recordAccepted(hash("kept"), NOW).get().first);
        assertEquals(NOW, ledger.recordAccepted(hash("newer"), NOW).get().first, "the rebuilt ledger vouches again");
        assertTrue(log.all().contains("has 3 lines that are not <sha256>=<instant>; rebuilding it without them"), log.all());
        assertEquals(List.of(hash("kept") + "=2026-11-29T09:30:00Z", hash("new") + "=2026-11-29T10:00:00Z",
                hash("newer") + "=2026-11-29T10:00:00Z"), entries());
    }

    @Test
    void binaryGarbageIsRebuilt() throws Exception {
        TokenLedger ledger = ledger();
        Files.createDirectories(ledger.file.getParent());
        PrivateFiles.writeAtomically(ledger.file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3});
        assertFalse(ledger.recordAccepted(hash("t"), NOW).isPresent(), "it may have held the token");
        assertEquals("was not text and is rebuilt", ledger.problem());
        assertTrue(log.all().contains("is not text; rebuilding it"), log.all());
        assertEquals(1, entries().size());
    }

    @Test
    void anUnusableLedgerIsAWarningNeverAFailure() throws Exception {
        Path notAFile = dir.resolve("a-directory");
        Files.createDirectories(notAFile);
        TokenLedger ledger = new TokenLedger(notAFile, HOUR, log);
        assertFalse(ledger.recordAccepted(hash("t"), NOW).isPresent());
        assertFalse(ledger.firstSeen(hash("t"), NOW).isPresent());
        assertTrue(log.all().contains("WARN Cannot write the token ledger"), log.all());
        assertTrue(log.all().contains("WARN Cannot read the token ledger"), log.all());
    }

    @Test
    void manyThreadsWritingAtOnceLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                TokenLedger ledger = ledger();
                for (int i = 0; i < 25; i++) {
                    ledger.recordAccepted(hash("thread" + thread + "-" + i), Instant.now());
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(200, entries().size());
        assertTrue(log.lines.isEmpty(), log.all());
    }

    @Test
    void twoJvmsAndThisOneWritingAtOnceLoseNothing() throws Exception {
        Path file = ledger().file;
        List<Process> processes = new ArrayList<>();
        for (String prefix : new String[] {"jvmA-", "jvmB-"}) {
            processes.add(new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator
                    + "java", "-cp", System.getProperty("java.class.path"), LedgerWriterMain.class.getName(),
                    file.toString(), prefix, "40").redirectErrorStream(true).start());
        }
        // keep writing from this JVM for as long as the others run, so that the three really overlap
        TokenLedger ledger = ledger();
        int here = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (processes.stream().anyMatch(Process::isAlive) && System.nanoTime() < deadline) {
            ledger.recordAccepted(hash("here-" + here++), Instant.now());
        }
        for (Process process : processes) {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "second JVM did not finish");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), output);
            assertFalse(output.contains("WARN"), output);
        }
        List<String> entries = entries();
        assertEquals(80 + here, entries.size());
        for (String prefix : new String[] {"jvmA-", "jvmB-"}) {
            for (int i = 0; i < 40; i++) {
                String expected = hash(prefix + i) + "=";
                assertTrue(entries.stream().anyMatch(e -> e.startsWith(expected)), prefix + i + " missing");
            }
        }
        assertTrue(here > 0);
    }

    @Test
    void anInstantAtTheEndOfTimeIsACorruptLineNotAnOverflow() throws Exception {
        TokenLedger ledger = ledger();
        Files.createDirectories(ledger.file.getParent());
        PrivateFiles.writeAtomically(ledger.file, (hash("t") + "=+1000000000-12-31T23:59:59Z\n").getBytes(StandardCharsets.UTF_8));
        assertFalse(ledger.recordAccepted(hash("t"), NOW).isPresent(), "the corrupt line was this token's");
        assertTrue(log.all().contains("has 1 line that is not <sha256>=<instant>"), log.all());
    }

    @Test
    void aLedgerOthersMayReadIsNotUsedAndIsRebuiltOwnerOnly() throws Exception {
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            return;
        }
        TokenLedger ledger = ledger();
        Files.createDirectories(ledger.file.getParent());
        Files.write(ledger.file, List.of(hash("t") + "=2026-11-29T09:10:00Z"));
        assertFalse(ledger.firstSeen(hash("t"), NOW).isPresent(), "an entry anyone could have written bounds nothing");
        assertEquals("WARN The token ledger " + ledger.file + " may be read or was written by another user; it is not"
                + " used, and is rebuilt owner-only.", log.all());
        assertFalse(ledger.recordAccepted(hash("t"), NOW).isPresent(), "rebuilt: no first sighting to vouch for");
        assertEquals("was not this user's alone and is rebuilt, so when this machine first saw the token is not"
                + " known", ledger.problem());
        assertEquals(NOW, ledger.firstSeen(hash("t"), NOW).get().first, "the rebuilt ledger keeps this build's sighting");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ledger.file)));
    }

    @Test
    void aNamedPipeInPlaceOfTheLedgerIsAWarningNotAHang() throws Exception {
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            return;
        }
        TokenLedger ledger = ledger();
        Files.createDirectories(ledger.file.getParent());
        assertEquals(0, new ProcessBuilder("mkfifo", ledger.file.toString()).start().waitFor());
        assertFalse(ledger.firstSeen(hash("t"), NOW).isPresent());
        assertFalse(ledger.recordAccepted(hash("t"), NOW).isPresent());
        assertTrue(log.all().startsWith("WARN Cannot read the token ledger " + ledger.file + " (FileSystemException: "
                + ledger.file + ": is a named pipe, socket or device, not a regular file)"), log.all());
    }

    /** Finding 3: a lock held by another build longer than the wait gives no sighting; none is made up. */
    @Test
    void aLockHeldLongerThanTheWaitGivesNoSighting() throws Exception {
        TokenLedger ledger = new TokenLedger(dir.resolve("ledger/token-ledger.properties"), HOUR,
                Duration.ofMillis(100), log);
        Files.createDirectories(ledger.file.getParent());
        try (java.nio.channels.FileChannel lockFile = java.nio.channels.FileChannel.open(ledger.file.resolveSibling(
                "token-ledger.properties.lock"), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock held = lockFile.lock()) {
            assertFalse(ledger.recordAccepted(hash("t"), NOW).isPresent());
        }
        assertEquals("stayed locked by another build for 100ms", ledger.problem());
        assertEquals("WARN The token ledger " + ledger.file + " stayed locked for 100ms; this check was not recorded.",
                log.all());
    }
}
