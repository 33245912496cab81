package io.github.boxmaven.check;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.credential.AccessToken;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.Causes;
import io.github.boxmaven.failure.CredentialFailures;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code box.tokenFile}: the one place that decides whether a check hands its token on (only a token the
 * plugin obtains, by CCG, JWT or downscoping), warns where the file does not belong, writes it (owner-only
 * and atomically, see {@link PrivateFiles}), and deletes a stale one when the check fails.
 */
public final class TokenHandOff {
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    private static final long MAX_TOKEN_FILE_BYTES = 64 * 1024;

    private final Path file;
    private final boolean downscoped;
    private final CheckLog log;
    private final String stateAtStart;

    /**
     * @param file {@code box.tokenFile}, absolute; null when none is asked for
     * @param downscoped whether {@code box.downscope} narrows the handed-on token
     */
    public TokenHandOff(Path file, boolean downscoped, CheckLog log) {
        this.file = file;
        this.downscoped = downscoped;
        this.log = log;
        this.stateAtStart = file == null ? null : state(file);
    }

    /** Whether a check by {@code method} writes the file: only for a token the plugin obtains. */
    public boolean handsOn(AuthMethod method) {
        return file != null && (method.obtainsToken() || downscoped);
    }

    /** A token file is only for tokens the plugin obtains; a given token is never copied into one. */
    void warnIfNotWritten(AuthMethod method) {
        if (file != null && !handsOn(method)) {
            log.warn("box.tokenFile is written only for tokens the plugin obtains (box.auth=ccg or jwt, or"
                    + " box.downscope); " + file + " was not written.");
        }
    }

    /** Many CI setups archive the build directory with the build's output; a token file does not belong there. */
    void warnIfInside(Path buildDirectory, AuthMethod method) {
        if (buildDirectory == null || !handsOn(method)) {
            return;
        }
        Path directory = buildDirectory.toAbsolutePath().normalize();
        if (file.normalize().startsWith(directory)) {
            log.warn("box.tokenFile " + file + " lies inside the build directory " + directory + ", which many"
                    + " CI setups archive; put it in the runner's temporary directory ($RUNNER_TEMP on GitHub Actions,"
                    + " $CI_BUILDS_DIR on GitLab) instead.");
        }
    }

    /**
     * Writes {@code token} when a check by {@code method} hands its token on. Another build that shares the
     * file and wrote it while this check ran keeps its token: this one is not written, and the check fails.
     *
     * @param what {@code the obtained access token}, for the log
     */
    void handOn(AuthMethod method, AccessToken token, String what) throws BoxCheckFailure {
        if (!handsOn(method)) {
            return;
        }
        try (FileChannel channel = lockFile(); FileLock lock = PrivateFiles.lock(channel, LOCK_WAIT)) {
            if (lock == null || !state(file).equals(stateAtStart)) {
                throw CredentialFailures.tokenFileChanged(file.toString());
            }
            PrivateFiles.writeAtomically(file, token.value().reveal().getBytes(StandardCharsets.US_ASCII));
            log.info("Wrote " + what + " to " + file + " (owner-only) for later steps of this build.");
        } catch (IOException e) {
            throw CredentialFailures.tokenFileUnwritable(file.toString(), e);
        }
    }

    /**
     * A failed check leaves no token file behind, not even one an earlier build wrote; a file another build
     * wrote while this check ran is that build's, and stays.
     */
    void removeStale(AuthMethod method) {
        if (!handsOn(method) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (FileChannel channel = lockFile(); FileLock lock = PrivateFiles.lock(channel, LOCK_WAIT)) {
            if (lock != null && state(file).equals(stateAtStart) && Files.deleteIfExists(file)) {
                log.info("Deleted " + file + ", written by an earlier build: this check failed.");
            }
        } catch (IOException e) {
            log.warn("Cannot delete " + file + " (" + Causes.describe(e) + "), a token file an earlier"
                    + " build wrote; delete it by hand.");
        }
    }

    /** The sibling {@code .lock} file that builds sharing {@code box.tokenFile} take turns on. */
    private FileChannel lockFile() throws IOException {
        PrivateFiles.createPrivateDirectories(file.getParent());
        return PrivateFiles.openOwnerOnly(file.resolveSibling(file.getFileName() + ".lock"));
    }

    /** What the file holds, as a hash (never the token): {@code absent}, or the SHA-256 of its bytes. */
    private static String state(Path file) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return "absent";
            }
            if (Files.size(file) > MAX_TOKEN_FILE_BYTES) {
                return "large " + Files.size(file) + " " + Files.getLastModifiedTime(file);
            }
            return Secret.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).sha256Hex();
        } catch (IOException e) {
            return "unreadable " + e.getClass().getName();
        }
    }
}
