package io.github.boxmaven.check;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.credential.AuthPlan;
import io.github.boxmaven.credential.AuthPlanner;
import io.github.boxmaven.credential.CredentialInputs;
import io.github.boxmaven.credential.HandedOnToken;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.failure.NetworkFailure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One run of {@code box:verify-token}, free of Maven: reads the parameters, plans the credential, runs the
 * {@link TokenCheck} (on the token an earlier step handed on in {@code box.tokenFile}, when there is one), and
 * applies the outcome rules: Maven offline ({@code box.offline}), no credential at
 * all ({@code box.failIfMissing}), and a failure the build tolerates ({@code box.failOnError}; never a
 * {@link FailureKind.Group#CONFIGURATION configuration} failure). Returns what happened, never throws.
 */
public final class VerifyTokenRun {
    /** How a handed-on token fails when it is too old or gone: then the app, if it is configured, obtains another. */
    private static final Set<FailureKind> NO_LONGER_PASSES = EnumSet.of(FailureKind.TOKEN_REJECTED,
            FailureKind.EXPIRES_TOO_SOON, FailureKind.DOWNSCOPED_ITEM_UNREACHABLE);

    /** The goal's parameters, each parsed when the run needs it: a bad value is this run's configuration failure. */
    public interface Parameters {
        TokenCheckSettings settings() throws BoxCheckFailure;

        CredentialInputs credentials() throws BoxCheckFailure;

        OfflineMode offlineMode() throws BoxCheckFailure;

        /** {@code box.cacheFor}; zero when off. */
        Duration cacheFor() throws BoxCheckFailure;

        /** The owner-only file that remembers passed checks for {@code box.cacheFor}, beside the ledger. */
        Path recentChecks();
    }

    private final boolean offline;
    private final boolean onCi;
    private final boolean failIfMissing;
    private final boolean failOnError;
    private final CheckLog log;
    private final VerdictCache cache;

    /**
     * @param offline whether Maven runs offline ({@code -o})
     * @param onCi whether the build runs on CI ({@code CI=true}): then a gate always checks for real
     */
    public VerifyTokenRun(boolean offline, boolean onCi, boolean failIfMissing, boolean failOnError, CheckLog log,
            VerdictCache cache) {
        this.offline = offline;
        this.onCi = onCi;
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
            Optional<HandedOnToken> handedOn = check.handOff().handedOn(Instant.now(), buildStarted);
            AuthPlan plan = handedOn.isPresent() ? handedOn.get().plan()
                    : new AuthPlanner(parameters.credentials()).plan();
            method = plan.method();
            check.handOff().warnIfInside(buildDirectory, plan);
            RecentChecks recent = recentChecks(parameters, check, plan);
            String key = plan.credential().identity() + " " + settings.baseUrl() + " " + settings.folders() + " "
                    + settings.downscope();
            Optional<Verdict> earlier = recent == null ? Optional.empty()
                    : recent.reuse(key, Instant.now(), settings.expiry().minValidity());
            if (earlier.isPresent()) {
                log.info(earlier.get().summary());
                return CheckReport.passed(new CheckResult(earlier.get(), false), method, baseUrl, Instant.now(),
                        elapsed(started));
            }
            CheckResult result;
            try {
                result = check.run(plan);
                if (recent != null && !result.reused()) {
                    recent.remember(key, result.verdict());
                }
            } catch (BoxCheckFailure refused) {
                if (!handedOn.isPresent() || !NO_LONGER_PASSES.contains(refused.kind())) {
                    throw refused;
                }
                plan = appThatObtainsAnother(parameters, refused);
                method = plan.method();
                log.info("The token handed on in box.tokenFile no longer passes (" + refused.getMessage().split("\n", 2)[0]
                        + "); obtaining a fresh one, which replaces it.");
                result = check.run(plan);
            }
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

    /**
     * {@code box.cacheFor}'s memory of passed checks, or null: when it is off, on CI (a pipeline's gate checks
     * for real), and for a check that hands on or takes a handed-on token (a later step needs a real one).
     */
    private RecentChecks recentChecks(Parameters parameters, TokenCheck check, AuthPlan plan) throws BoxCheckFailure {
        Duration cacheFor = parameters.cacheFor();
        if (cacheFor.isZero() || check.handOff().handsOn(plan) || TokenHandOff.isHandedOn(plan)) {
            return null;
        }
        if (onCi) {
            log.info("box.cacheFor is ignored on CI (CI=true): a pipeline's gate checks for real.");
            return null;
        }
        return new RecentChecks(parameters.recentChecks(), cacheFor, log);
    }

    /**
     * The app's plan, when it obtains a token, to replace a handed-on token that no longer passes; without app
     * credentials, the handed-on token's failure stands.
     */
    private static AuthPlan appThatObtainsAnother(Parameters parameters, BoxCheckFailure refused)
            throws BoxCheckFailure {
        try {
            AuthPlan plan = new AuthPlanner(parameters.credentials()).plan();
            if (plan.method().obtainsToken()) {
                return plan;
            }
        } catch (BoxCheckFailure noAppCredentials) {
            if (noAppCredentials.kind().group() == FailureKind.Group.CONFIGURATION) {
                throw noAppCredentials;
            }
        }
        throw refused;
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
