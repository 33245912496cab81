package io.github.boxmaven.expiry;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.failure.Causes;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers when this machine first saw each token, so that a developer token's expiry has an upper
 * bound: it cannot live longer than its lifetime after that moment. One line per token,
 * {@code <sha256 hex of the token>=<ISO-8601 instant first seen>}, never the token itself.
 *
 * <p>Safe with several builds at once: every change happens under an exclusive lock on a sibling
 * {@code .lock} file (owner-only; a symbolic link there is refused) and replaces the ledger atomically. Entries older than the lifetime are dropped.
 * A corrupt or unreadable ledger is a warning and is rebuilt; the ledger never fails the build.
 */
public final class TokenLedger {
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})=(\\S+)");
    private static final Duration LOCK_WAIT = Duration.ofSeconds(5);

    private final Path file;
    private final Duration lifetime;
    private final CheckLog log;

    public TokenLedger(Path file, Duration lifetime, CheckLog log) {
        this.file = file.toAbsolutePath();
        this.lifetime = lifetime;
        this.log = log;
    }

    public Path file() {
        return file;
    }

    /** When the token with this hash was first seen, if the ledger knows it and it is not older than the lifetime. */
    public Optional<Instant> firstSeen(String tokenHash, Instant now) {
        try {
            Instant seen = read(now).get(tokenHash);
            return Optional.ofNullable(seen);
        } catch (IOException e) {
            log.warn("Cannot read the token ledger " + file + " (" + Causes.describe(e) + "); the token's expiry is"
                    + " not bounded by it this time.");
            return Optional.empty();
        }
    }

    /**
     * Records that the token was seen at {@code now} unless it was seen before, prunes old entries, and
     * returns when it was first seen. When the ledger cannot be written, a warning is logged and
     * {@code now} returned.
     */
    public Instant recordFirstSeen(String tokenHash, Instant now) {
        try {
            PrivateFiles.createPrivateDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel channel = PrivateFiles.openOwnerOnly(lockFile);
                    FileLock lock = PrivateFiles.lock(channel, LOCK_WAIT)) {
                if (lock == null) {
                    log.warn("The token ledger " + file + " stayed locked for " + LOCK_WAIT.getSeconds()
                            + " s; this check was not recorded.");
                    return now;
                }
                Map<String, Instant> entries = read(now);
                Instant firstSeen = entries.get(tokenHash);
                if (firstSeen == null) {
                    firstSeen = now;
                    entries.put(tokenHash, now);
                }
                write(entries);
                return firstSeen;
            }
        } catch (IOException e) {
            log.warn("Cannot write the token ledger " + file + " (" + Causes.describe(e)
                    + "); the token's first sighting was not recorded.");
            return now;
        }
    }

    /** The live entries; corrupt lines are dropped with a warning, so that the next write rebuilds the file. */
    private Map<String, Instant> read(Instant now) throws IOException {
        Map<String, Instant> entries = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return entries;
        } catch (CharacterCodingException e) {
            log.warn("The token ledger " + file + " is not text; rebuilding it.");
            return entries;
        }
        int corrupt = 0;
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(trimmed);
            Instant seen = matcher.matches() ? instant(matcher.group(2)) : null;
            if (seen == null) {
                corrupt++;
            } else if (seen.plus(lifetime).isAfter(now) && !seen.isAfter(now.plus(lifetime))) {
                entries.merge(matcher.group(1), seen, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        if (corrupt > 0) {
            log.warn("The token ledger " + file + " has " + corrupt + (corrupt == 1 ? " line that is" : " lines that are")
                    + " not <sha256>=<instant>; rebuilding it without them.");
        }
        return entries;
    }

    /** An instant in the ledger, null when it is not one or lies beyond what the lifetime can be added to. */
    private Instant instant(String text) {
        try {
            Instant seen = Instant.parse(text);
            seen.plus(lifetime);
            return seen;
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private void write(Map<String, Instant> entries) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# box-maven-plugin: when this machine first saw each Box token.");
        lines.add("# <SHA-256 of the token>=<first seen>; never the token itself. Safe to delete.");
        for (Map.Entry<String, Instant> entry : entries.entrySet()) {
            lines.add(entry.getKey() + "=" + entry.getValue());
        }
        PrivateFiles.writeAtomically(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
