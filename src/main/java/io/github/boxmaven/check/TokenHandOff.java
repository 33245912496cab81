package io.github.boxmaven.check;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.TokenSyntax;
import io.github.boxmaven.credential.AccessToken;
import io.github.boxmaven.credential.AuthPlan;
import io.github.boxmaven.credential.HandedOnToken;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.Causes;
import io.github.boxmaven.failure.CredentialFailures;

import okhttp3.HttpUrl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

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
    private final BaseUrl baseUrl;
    private final CheckLog log;
    private final String stateAtStart;

    /**
     * @param file {@code box.tokenFile}, absolute; null when none is asked for
     * @param downscoped whether {@code box.downscope} narrows the handed-on token
     * @param baseUrl where the token is for: a token handed on for another base URL is not taken
     */
    public TokenHandOff(Path file, boolean downscoped, BaseUrl baseUrl, CheckLog log) {
        this.file = file;
        this.downscoped = downscoped;
        this.baseUrl = baseUrl;
        this.log = log;
        this.stateAtStart = file == null ? null : state(file);
    }

    /**
     * Whether a check of {@code plan} writes the file: only for a token the plugin obtains, never for one an
     * earlier step handed on (that one stays as it is).
     */
    public boolean handsOn(AuthPlan plan) {
        return file != null && !isHandedOn(plan) && (plan.method().obtainsToken() || downscoped);
    }

    /** Whether {@code plan} checks the token an earlier step handed on in the file. */
    static boolean isHandedOn(AuthPlan plan) {
        return plan.credential() instanceof HandedOnToken;
    }

    /** A token file is only for tokens the plugin obtains; a given token is never copied into one. */
    void warnIfNotWritten(AuthPlan plan) {
        if (file != null && !isHandedOn(plan) && !handsOn(plan)) {
            log.warn("box.tokenFile is written only for tokens the plugin obtains (box.auth=ccg or jwt, or"
                    + " box.downscope); " + file + " was not written.");
        }
    }

    /** Many CI setups archive the build directory with the build's output; a token file does not belong there. */
    void warnIfInside(Path buildDirectory, AuthPlan plan) {
        if (buildDirectory == null || !handsOn(plan)) {
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
     * Writes {@code token}, and beside it the record of how it was handed on, when a check of {@code plan}
     * hands its token on. Another build that shares the
     * file and wrote it while this check ran keeps its token: this one is not written, and the check fails.
     *
     * @param what {@code the obtained access token}, for the log
     */
    void handOn(AuthPlan plan, AccessToken token, String what) throws BoxCheckFailure {
        if (!handsOn(plan)) {
            return;
        }
        try (FileChannel channel = lockFile(); FileLock lock = PrivateFiles.lock(channel, LOCK_WAIT)) {
            if (lock == null || !state(file).equals(stateAtStart)) {
                throw CredentialFailures.tokenFileChanged(file.toString());
            }
            PrivateFiles.writeAtomically(file, token.value().reveal().getBytes(StandardCharsets.US_ASCII));
            PrivateFiles.writeAtomically(record(file), record(token, Instant.now()));
            log.info("Wrote " + what + " to " + file + " (owner-only) for later steps of this build.");
        } catch (IOException e) {
            throw CredentialFailures.tokenFileUnwritable(file.toString(), e);
        }
    }

    /**
     * A failed check leaves no token file behind, not even one an earlier build wrote; a file another build
     * wrote while this check ran is that build's, and stays.
     */
    void removeStale(AuthPlan plan) {
        if (!handsOn(plan) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
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

    /**
     * The token an earlier step of this build handed on in the file, when a later step may take it as it is:
     * the file is a regular, owner-only file of this user, its token is the one recorded beside it (when it was
     * handed on, when it expires, for which base URL and item), it has not expired, and an earlier build
     * handed it on. A token this build handed on itself (an earlier module of a reactor) is not taken: that
     * module's check is reused from the build's verdict cache instead.
     *
     * @param buildStarted when this build started
     */
    public Optional<HandedOnToken> handedOn(Instant now, Instant buildStarted) {
        if (file == null) {
            return Optional.empty();
        }
        try {
            Path record = record(file);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(record,
                    LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_TOKEN_FILE_BYTES
                    || Files.size(record) > MAX_TOKEN_FILE_BYTES || !PrivateFiles.isOwnerOnly(file)
                    || !Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
                return Optional.empty();
            }
            String token = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).trim();
            Properties recorded = new Properties();
            try (InputStream in = Files.newInputStream(record)) {
                recorded.load(in);
            }
            Instant expiresAt = Instant.parse(recorded.getProperty("expiresAt"));
            String item = recorded.getProperty("item");
            HttpUrl itemUrl = item == null ? null : HttpUrl.parse(recorded.getProperty("itemUrl", ""));
            if (token.isEmpty() || TokenSyntax.problem(token) != null
                    || !Secret.of(token).sha256Hex().equals(recorded.getProperty("sha256"))
                    || !baseUrl.display().equals(recorded.getProperty("baseUrl")) || !now.isBefore(expiresAt)
                    || item != null && (itemUrl == null || !itemUrl.toString().startsWith(baseUrl.display() + "/"))) {
                return Optional.empty();
            }
            Instant handedOnAt = Instant.parse(recorded.getProperty("handedOnAt"));
            return handedOnAt.isBefore(buildStarted) ? Optional.of(new HandedOnToken(Secret.of(token), file,
                    handedOnAt, expiresAt, item, itemUrl)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.debug("box.tokenFile " + file + " holds no token to take as it is (" + Causes.describe(e) + ")");
            return Optional.empty();
        }
    }

    /** The file beside {@code box.tokenFile} that records how its token was handed on; never the token. */
    static Path record(Path tokenFile) {
        return tokenFile.resolveSibling(tokenFile.getFileName() + ".handoff");
    }

    private byte[] record(AccessToken token, Instant now) {
        StringBuilder text = new StringBuilder("# box-maven-plugin: how the token in ").append(file.getFileName())
                .append(" was handed on; never the token itself.\n")
                .append("sha256=").append(token.value().sha256Hex()).append('\n')
                .append("handedOnAt=").append(now).append('\n')
                .append("expiresAt=").append(token.issuedExpiry()).append('\n')
                .append("baseUrl=").append(baseUrl.display()).append('\n');
        if (token.item() != null) {
            text.append("item=").append(token.item()).append('\n').append("itemUrl=").append(token.itemUrl())
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
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
