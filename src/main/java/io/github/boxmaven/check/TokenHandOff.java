package io.github.boxmaven.check;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.credential.AccessToken;
import io.github.boxmaven.credential.AuthPlan;
import io.github.boxmaven.credential.TokenFile;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.Causes;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code box.tokenFile} in a check: the one place that decides whether a check hands its token on (only a token the
 * plugin obtains, by CCG, JWT or downscoping), warns where the file does not belong, writes it with the record of
 * what it was handed on for ({@link TokenFile}), and deletes a stale one when the check fails.
 */
final class TokenHandOff {
    private final TokenFile file;
    private final TokenFile.Binding asked;
    private final boolean downscoped;
    private final CheckLog log;

    /** @param file {@code box.tokenFile}; null when none is asked for */
    TokenHandOff(Path file, BaseUrl baseUrl, Downscope downscope, CheckLog log) {
        this.file = file == null ? null : new TokenFile(file);
        this.asked = TokenFile.Binding.asked(baseUrl, downscope);
        this.downscoped = downscope != null;
        this.log = log;
    }

    /** What the file holds before the check; null when no file is asked for. */
    TokenFile.Contents read() throws BoxCheckFailure {
        return file == null ? null : file.read();
    }

    /** What this run asks of a token: its base URL, and the scopes and item it is downscoped to. */
    TokenFile.Binding asked() {
        return asked;
    }

    /**
     * Whether a check of {@code plan} writes the file: only for a token the plugin obtains, never for one an
     * earlier step handed on (that one stays as it is).
     */
    boolean handsOn(AuthPlan plan) {
        return file != null && !plan.takesHandedOnToken() && (plan.method().obtainsToken() || downscoped);
    }

    /** A token file is only for tokens the plugin obtains; a given token is never copied into one. */
    void warnIfNotWritten(AuthPlan plan) {
        if (file != null && !plan.takesHandedOnToken() && !handsOn(plan)) {
            log.warn("box.tokenFile is written only for tokens the plugin obtains (box.auth=ccg or jwt, or"
                    + " box.downscope); " + file.path() + " was not written.");
        }
    }

    /** Many CI setups archive the build directory with the build's output; a token file does not belong there. */
    void warnIfInside(Path buildDirectory, AuthPlan plan) {
        if (buildDirectory == null || !handsOn(plan)) {
            return;
        }
        Path directory = buildDirectory.toAbsolutePath().normalize();
        if (file.path().normalize().startsWith(directory)) {
            log.warn("box.tokenFile " + file.path() + " lies inside the build directory " + directory + ", which many"
                    + " CI setups archive; put it in the runner's temporary directory ($RUNNER_TEMP on GitHub Actions,"
                    + " $CI_BUILDS_DIR on GitLab) instead.");
        }
    }

    /**
     * Writes {@code token}, and beside it the record of what it was handed on for, when a check of {@code plan}
     * hands its token on. Another build that shares the file and wrote it since {@code before} keeps its token: this
     * one is not written, and the check fails.
     *
     * @param what {@code the obtained access token}, for the log
     */
    void handOn(AuthPlan plan, TokenFile.Contents before, AccessToken token, String what, Instant now)
            throws BoxCheckFailure {
        if (!handsOn(plan)) {
            return;
        }
        file.write(before, token.value(), now, token.issuedExpiry(), plan.handOffBinding(asked));
        log.info("Wrote " + what + " to " + file.path() + " (owner-only) for later steps of this build.");
    }

    /**
     * A failed check leaves no token file behind, not even one an earlier build wrote; a file another build
     * wrote while this check ran is that build's, and stays.
     */
    void removeStale(AuthPlan plan, TokenFile.Contents before) {
        if (!handsOn(plan) || !before.exists()) {
            return;
        }
        try {
            if (file.delete(before)) {
                log.info("Deleted " + file.path() + ", written by an earlier build: this check failed.");
            }
        } catch (IOException e) {
            log.warn("Cannot delete " + file.path() + " (" + Causes.describe(e) + "), a token file an earlier"
                    + " build wrote; delete it by hand.");
        }
    }
}
