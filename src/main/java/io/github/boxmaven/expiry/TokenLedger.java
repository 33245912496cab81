package io.github.boxmaven.expiry;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.failure.Causes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When this machine first saw each token ({@code <sha256>=<instant>}, never the token), which bounds a developer
 * token's expiry, and whether Box accepted it after the lifetime ({@code <sha256>=<instant> outlived <instant>}): such a
 * token is no developer token and is never bounded again. Kept with {@link PrivateFiles}; a sighting is dropped
 * {@link #KEPT} after its lifetime, an outlived token {@link #KEPT} after Box last accepted it; a ledger that is corrupt,
 * unreadable or not this user's alone is a warning and is rebuilt, never a failure. A sighting it cannot read or keep
 * is never made up: {@link #problem()} then says why none is known.
 */
public final class TokenLedger {
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})=(\\S+)(?: outlived (\\S+))?");
    /** How long a sighting outlasts its lifetime (to learn that a token outlived it), and an outlived token its use. */
    static final Duration KEPT = Duration.ofDays(30);
    /** About ten thousand entries: more tokens than a machine sees within a token's lifetime. */
    static final int MAX_BYTES = 1024 * 1024;

    public final Path file;
    private final Duration lifetime;
    private final Duration lockWait;
    private final CheckLog log;
    private String problem;

    public TokenLedger(Path file, Duration lifetime, CheckLog log) {
        this(file, lifetime, Duration.ofSeconds(5), log);
    }

    /** @param lockWait how long to wait for another build that holds the lock beside the ledger */
    TokenLedger(Path file, Duration lifetime, Duration lockWait, CheckLog log) {
        this.file = file.toAbsolutePath();
        this.lifetime = lifetime;
        this.lockWait = lockWait;
        this.log = log;
    }

    /** When a token was first seen, and whether Box accepted it once its lifetime had passed. */
    public static final class Sighting {
        public final Instant first;
        /** When Box last accepted it after its lifetime; null while it has not outlived it. */
        private final Instant outlivedAt;

        Sighting(Instant first, Instant outlivedAt) {
            this.first = first;
            this.outlivedAt = outlivedAt;
        }

        /** Whether Box accepted the token after the lifetime had passed: it is no developer token. */
        public boolean outlived() {
            return outlivedAt != null;
        }
    }

    /** When the token with this hash was first seen, if the ledger can say and still keeps it. */
    public Optional<Sighting> firstSeen(String tokenHash, Instant now) {
        try {
            byte[] content = PrivateFiles.read(file, MAX_BYTES);
            if (content != null && !PrivateFiles.isPrivate(file)) {
                log.warn("The token ledger " + file + " may be read or was written by another user; it is not used,"
                        + " and is rebuilt owner-only.");
                problem = "may be read or was written by another user, so it is not used";
                return Optional.empty();
            }
            return Optional.ofNullable(entries(content, now).get(tokenHash));
        } catch (IOException e) {
            log.warn("Cannot read the token ledger " + file + " (" + Causes.describe(e) + "); the token's expiry is"
                    + " not bounded by it this time.");
            problem = "cannot be read (" + Causes.describe(e) + ")";
            return Optional.empty();
        }
    }

    /**
     * Records that Box accepted the token at {@code now}: a sighting unless the ledger has one, that it outlived the
     * lifetime once that has passed. Returns the sighting it keeps: empty when it cannot be written (busy, a link at
     * its lock, unwritable) or could not vouch for a first sighting (it was rebuilt, or had corrupt lines that may
     * have held this token).
     */
    public Optional<Sighting> recordAccepted(String tokenHash, Instant now) {
        Sighting[] firstSeen = {null};
        problem = null;
        try {
            boolean recorded = PrivateFiles.update(file, MAX_BYTES, lockWait, current -> {
                boolean trusted = current == null || PrivateFiles.isPrivate(file);
                Map<String, Sighting> entries = entries(trusted ? current : null, now);
                if (!trusted) {
                    problem = "was not this user's alone and is rebuilt, so when this machine first saw the token"
                            + " is not known";
                }
                Sighting seen = entries.get(tokenHash);
                // a sighting made now is a first sighting only if the ledger was read whole
                boolean vouched = seen != null || problem == null;
                if (seen == null) {
                    seen = new Sighting(now, null);
                } else if (seen.outlived() || !seen.first.plus(lifetime).isAfter(now)) {
                    seen = new Sighting(seen.first, now);
                }
                entries.put(tokenHash, seen);
                firstSeen[0] = vouched ? seen : null;
                return format(entries);
            });
            if (!recorded) {
                log.warn("The token ledger " + file + " stayed locked for " + Durations.format(lockWait)
                        + "; this check was not recorded.");
                problem = "stayed locked by another build for " + Durations.format(lockWait);
                return Optional.empty();
            }
        } catch (IOException e) {
            log.warn("Cannot write the token ledger " + file + " (" + Causes.describe(e)
                    + "); the token's first sighting was not recorded.");
            problem = "cannot be written (" + Causes.describe(e) + ")";
            return Optional.empty();
        }
        return Optional.ofNullable(firstSeen[0]);
    }

    /** Why the last read or record gave no sighting to vouch for ({@code stayed locked by another build for 5s}). */
    public String problem() {
        return problem;
    }

    /** The live entries; corrupt lines are dropped with a warning, so that the next write rebuilds the file. */
    private Map<String, Sighting> entries(byte[] content, Instant now) {
        Map<String, Sighting> entries = new LinkedHashMap<>();
        if (content == null) {
            return entries;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            log.warn("The token ledger " + file + " is not text; rebuilding it.");
            problem = "was not text and is rebuilt";
            return entries;
        }
        int corrupt = 0;
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(trimmed);
            Instant seen = matcher.matches() ? instant(matcher.group(2)) : null;
            Instant outlivedAt = seen == null || matcher.group(3) == null ? null : instant(matcher.group(3));
            if (seen == null || matcher.group(3) != null && outlivedAt == null) {
                corrupt++;
            } else if ((outlivedAt == null ? seen.plus(lifetime) : outlivedAt).plus(KEPT).isAfter(now)
                    && !seen.isAfter(now.plus(lifetime))) {
                entries.merge(matcher.group(1), new Sighting(seen, outlivedAt), (a, b) -> a.outlived() != b.outlived()
                        ? (a.outlived() ? a : b) : a.first.isBefore(b.first) ? a : b);
            }
        }
        if (corrupt > 0) {
            log.warn("The token ledger " + file + " has " + corrupt + (corrupt == 1 ? " line that is" : " lines that are")
                    + " not <sha256>=<instant>; rebuilding it without them.");
            problem = "had lines that are not <sha256>=<instant>, which may have held this token";
        }
        return entries;
    }

    /** An instant in the ledger, null when it is not one or lies beyond what the lifetime can be added to. */
    private Instant instant(String text) {
        try {
            Instant seen = Instant.parse(text);
            seen.plus(lifetime).plus(KEPT);
            return seen;
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static byte[] format(Map<String, Sighting> entries) {
        StringBuilder text = new StringBuilder("# box-maven-plugin: when this machine first saw each Box token.\n"
                + "# <SHA-256 of the token>=<first seen>; never the token itself. Safe to delete.\n");
        entries.forEach((hash, seen) -> text.append(hash).append('=').append(seen.first)
                .append(seen.outlived() ? " outlived " + seen.outlivedAt : "").append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
