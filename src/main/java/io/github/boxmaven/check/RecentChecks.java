package io.github.boxmaven.check;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.failure.Causes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code box.cacheFor}: checks that passed on this machine, reused for that long instead of asking Box again.
 * Each is kept under the SHA-256 of what identifies it (the credential's hash, base URL, subject, folders,
 * downscope), with what the success line says and when the token expires; never a token or secret. The file
 * is owner-only, written atomically under a lock beside it, so two builds can use it at once.
 */
public final class RecentChecks {
    private static final Duration LOCK_WAIT = Duration.ofSeconds(5);
    /** Entries older than this are dropped whatever a build's box.cacheFor: no cache should outlive a token. */
    private static final Duration KEEP_AT_MOST = Duration.ofDays(1);
    private static final long MAX_BYTES = 1024 * 1024;

    private final Path file;
    private final Duration cacheFor;
    private final CheckLog log;

    /** @param cacheFor {@code box.cacheFor}, more than zero */
    public RecentChecks(Path file, Duration cacheFor, CheckLog log) {
        this.file = file.toAbsolutePath();
        this.cacheFor = cacheFor;
        this.log = log;
    }

    /**
     * The verdict of a check with this key that passed less than {@code box.cacheFor} ago and whose token's
     * known expiry still satisfies {@code minValidity}; empty otherwise.
     */
    Optional<Verdict> reuse(String key, Instant now, Duration minValidity) {
        try {
            Properties entries = read();
            String prefix = hash(key) + ".";
            String verifiedAt = entries.getProperty(prefix + "verifiedAt");
            if (verifiedAt == null) {
                return Optional.empty();
            }
            Instant verified = Instant.parse(verifiedAt);
            Expiry expiry = expiry(entries, prefix);
            if (verified.isAfter(now) || !now.isBefore(verified.plus(cacheFor)) || !expiry.isKnown()
                    || expiry.remaining(now).compareTo(minValidity) < 0) {
                return Optional.empty();
            }
            BoxUser user = new BoxUser(entries.getProperty(prefix + "user.id"), entries.getProperty(prefix + "user.name"),
                    entries.getProperty(prefix + "user.login"), null);
            String folders = entries.getProperty(prefix + "folders", "");
            return Optional.of(new Verdict(user, entries.getProperty(prefix + "origin") + " (verified "
                    + Durations.format(Duration.between(verified, now)) + " ago, reused: box.cacheFor="
                    + Durations.format(cacheFor) + ")", expiry, folders.isEmpty() ? Collections.emptyList()
                    : Arrays.asList(folders.split("\n")), "", now));
        } catch (IOException | RuntimeException e) {
            log.debug("No earlier check reused from " + file + " (" + Causes.describe(e) + ")");
            return Optional.empty();
        }
    }

    /** Remembers a passed check with a user (a check of one item is not kept); a file that cannot be written is a warning. */
    void remember(String key, Verdict verdict) {
        if (verdict.user() == null) {
            return;
        }
        try {
            PrivateFiles.createPrivateDirectories(file.getParent());
            try (FileChannel channel = PrivateFiles.openOwnerOnly(file.resolveSibling(file.getFileName() + ".lock"));
                    FileLock lock = PrivateFiles.lock(channel, LOCK_WAIT)) {
                if (lock == null) {
                    return;
                }
                Properties entries = read();
                pruneOlderThan(entries, verdict.checkedAt().minus(KEEP_AT_MOST));
                String prefix = hash(key) + ".";
                entries.setProperty(prefix + "verifiedAt", verdict.checkedAt().toString());
                entries.setProperty(prefix + "origin", verdict.tokenOrigin());
                entries.setProperty(prefix + "user.id", verdict.user().id());
                set(entries, prefix + "user.name", verdict.user().name());
                set(entries, prefix + "user.login", verdict.user().login());
                entries.setProperty(prefix + "folders", String.join("\n", verdict.folders()));
                Expiry expiry = verdict.expiry();
                entries.setProperty(prefix + "expiry.basis", expiry.basis().name());
                set(entries, prefix + "expiry.at", expiry.expiresAt() == null ? null : expiry.expiresAt().toString());
                set(entries, prefix + "expiry.firstSeen", expiry.firstSeenAt() == null ? null
                        : expiry.firstSeenAt().toString());
                set(entries, prefix + "expiry.lifetime", expiry.lifetime() == null ? null : expiry.lifetime().toString());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                entries.store(out, "box-maven-plugin: checks that passed on this machine (box.cacheFor); never a token");
                PrivateFiles.writeAtomically(file, out.toByteArray());
            }
        } catch (IOException e) {
            log.warn("Cannot remember this check in " + file + " (" + Causes.describe(e) + "); box.cacheFor will check"
                    + " again next time.");
        }
    }

    private Properties read() throws IOException {
        Properties entries = new Properties();
        try {
            if (Files.size(file) > MAX_BYTES || Files.isSymbolicLink(file)) {
                return entries;
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                entries.load(in);
            }
        } catch (NoSuchFileException e) {
            // nothing remembered yet
        }
        return entries;
    }

    private static Expiry expiry(Properties entries, String prefix) {
        Expiry.Basis basis = Expiry.Basis.valueOf(entries.getProperty(prefix + "expiry.basis", "UNKNOWN"));
        switch (basis) {
            case UNKNOWN:
                return Expiry.unknown();
            case FIRST_SEEN:
                return Expiry.firstSeen(Instant.parse(entries.getProperty(prefix + "expiry.firstSeen")),
                        Duration.parse(entries.getProperty(prefix + "expiry.lifetime")));
            default:
                return Expiry.exact(basis, Instant.parse(entries.getProperty(prefix + "expiry.at")));
        }
    }

    private static void pruneOlderThan(Properties entries, Instant oldest) {
        List<String> stale = new ArrayList<>();
        for (String name : entries.stringPropertyNames()) {
            if (name.endsWith(".verifiedAt")) {
                try {
                    if (Instant.parse(entries.getProperty(name)).isBefore(oldest)) {
                        stale.add(name.substring(0, name.indexOf('.') + 1));
                    }
                } catch (RuntimeException e) {
                    stale.add(name.substring(0, name.indexOf('.') + 1));
                }
            }
        }
        entries.stringPropertyNames().stream().filter(n -> stale.stream().anyMatch(n::startsWith))
                .forEach(entries::remove);
    }

    private static void set(Properties entries, String name, String value) {
        if (value == null) {
            entries.remove(name);
        } else {
            entries.setProperty(name, value);
        }
    }

    private static String hash(String key) {
        return Secret.of(key).sha256Hex();
    }
}
