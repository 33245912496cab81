package io.github.boxmaven.check;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.credential.AuthPlan;
import io.github.boxmaven.credential.AuthPlanner;
import io.github.boxmaven.credential.CredentialInputs;
import io.github.boxmaven.credential.TokenFile;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.failure.NetworkFailure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * One run of {@code box:verify-token}, free of Maven: reads the parameters, plans the credential (taking the token an
 * earlier step handed on in {@code box.tokenFile} when it was handed on for what this run asks), runs the
 * {@link TokenCheck}, and applies the outcome rules: Maven offline ({@code box.offline}), no credential at
 * all ({@code box.failIfMissing}), and a failure the build tolerates ({@code box.failOnError}; never a
 * {@link FailureKind.Group#CONFIGURATION configuration} failure). Returns what happened, never throws.
 */
public final class VerifyTokenRun {
    /** The goal's parameters, each parsed when the run needs it: a bad value is this run's configuration failure. */
    public interface Parameters {
        TokenCheckSettings settings() throws BoxCheckFailure;

        CredentialInputs credentials() throws BoxCheckFailure;

        OfflineMode offlineMode() throws BoxCheckFailure;
    }

    private final boolean offline;
    private final boolean failIfMissing;
    private final boolean failOnError;
    private final CheckLog log;
    private final VerdictCache cache;

    /** @param offline whether Maven runs offline ({@code -o}) */
    public VerifyTokenRun(boolean offline, boolean failIfMissing, boolean failOnError, CheckLog log,
            VerdictCache cache) {
        this.offline = offline;
        this.failIfMissing = failIfMissing;
        this.failOnError = failOnError;
        this.log = log;
        this.cache = cache;
    }

    /**
     * @param baseUrl {@code box.baseUrl} as given, for the report (redacted there)
     * @param buildDirectory the module's build directory, where a token file does not belong; null without a project
     * @param buildStarted when this build started: only a token an earlier build handed on is taken as it is
     */
    public CheckReport run(Parameters parameters, String baseUrl, Path buildDirectory, Instant buildStarted) {
        long started = System.nanoTime();
        AuthMethod method = null;
        try {
            TokenCheckSettings settings = parameters.settings();
            if (offline) {
                if (parameters.offlineMode() == OfflineMode.FAIL) {
                    throw NetworkFailure.offline();
                }
                log.warn("The Box token was not verified because Maven is offline (-o); box.offline=fail would fail"
                        + " the build.");
                return CheckReport.skipped("Maven is offline (-o): the Box token was not verified.", baseUrl,
                        Instant.now(), elapsed(started));
            }
            TokenCheck check = new TokenCheck(settings, log, cache);
            TokenFile.Contents tokenFile = check.handOff().read();
            AuthPlanner planner = new AuthPlanner(parameters.credentials());
            AuthPlan plan = tokenFile == null ? planner.plan()
                    : planner.plan(tokenFile, check.handOff().asked(), Instant.now(), buildStarted);
            method = plan.method();
            check.handOff().warnIfInside(buildDirectory, plan);
            CheckResult result = check.run(plan, tokenFile);
            log.info(result.summary() + (result.reused() ? "" : "; checked in " + Durations.format(elapsed(started))));
            return CheckReport.passed(result, method, baseUrl, Instant.now(), elapsed(started));
        } catch (BoxCheckFailure e) {
            FailureKind.Group group = e.kind().group();
            if (group == FailureKind.Group.MISSING_CREDENTIAL && !failIfMissing) {
                log.warn("No Box credential is configured, so the Box check is skipped (box.failIfMissing=false).");
                return CheckReport.skipped("No Box credential is configured (box.failIfMissing=false).", baseUrl,
                        Instant.now(), elapsed(started));
            }
            boolean tolerated = !failOnError && group != FailureKind.Group.CONFIGURATION;
            return CheckReport.failed(e, tolerated, method, baseUrl, Instant.now(), elapsed(started));
        }
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
