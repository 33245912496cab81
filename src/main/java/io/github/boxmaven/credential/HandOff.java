package io.github.boxmaven.credential;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.boxapi.AccessToken;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.Causes;
import io.github.boxmaven.failure.FailureKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything {@code box.tokenFile} decides for one run of {@code box:verify-token}, here alone: what the file and its
 * record hold, whether the token an earlier step handed on is taken (and why not), the run's {@link Mode}, the write
 * after a pass, the clean-up after a failure, and what the log says of it. A run without {@code box.tokenFile} never
 * makes one.
 */
public final class HandOff {
    /** What a run does with {@code box.tokenFile}, decided once, before anything is sent. */
    public enum Mode {
        /** Checks the token an earlier step handed on, as it is; writes nothing (the run cannot obtain another). */
        TAKE,
        /** Checks the handed-on token; when it no longer passes, obtains a fresh one that replaces it ({@link #WRITE}). */
        TAKE_OR_REPLACE,
        /** Obtains (or downscopes) a token and writes it once the check passes; a failure leaves no file behind. */
        WRITE,
        /** Checks a given token that is not downscoped: nothing is taken, and nothing written. */
        NOT_WRITTEN
    }

    /** A check of one plan; {@link #check} runs it, and again with the fresh plan when a handed-on token fails. */
    @FunctionalInterface
    public interface Check<V> {
        V run(AuthPlan plan) throws BoxCheckFailure;
    }

    /** How a handed-on token fails when it is too old or gone: then a fresh one replaces it. */
    private static final Set<FailureKind> NO_LONGER_PASSES = EnumSet.of(FailureKind.TOKEN_REJECTED,
            FailureKind.EXPIRES_TOO_SOON, FailureKind.DOWNSCOPED_ITEM_UNREACHABLE);

    private final TokenFile file;
    private final TokenFile.Contents before;
    private final TokenFile.Binding asked;
    private final AuthPlan fresh;
    private final String notTaken;
    private final Path buildDirectory;
    private final CheckLog log;
    private Mode mode;
    private AuthPlan plan;

    private HandOff(TokenFile file, TokenFile.Contents before, TokenFile.Binding asked, Mode mode, AuthPlan plan,
            AuthPlan fresh, String notTaken, Path buildDirectory, CheckLog log) {
        this.file = file;
        this.before = before;
        this.asked = asked;
        this.mode = mode;
        this.plan = plan;
        this.fresh = fresh;
        this.notTaken = notTaken;
        this.buildDirectory = buildDirectory;
        this.log = log;
    }

    /**
     * Reads {@code tokenFile} and decides: the handed-on token is taken when it was handed on for what the run asks
     * ({@code asked}) and made as the run's own fresh plan would make it (by anything, when the run can make none);
     * else the fresh plan is checked. A token handed on by this build itself is not taken again: the later modules
     * look up the check that wrote it. {@code buildDirectory} may be null.
     */
    public static HandOff plan(Path tokenFile, TokenFile.Binding asked, AuthPlanner planner, Instant now,
            Instant buildStarted, Path buildDirectory, CheckLog log) throws BoxCheckFailure {
        TokenFile file = new TokenFile(tokenFile);
        TokenFile.Contents before = file.read();
        AuthPlan fresh = null;
        try {
            fresh = planner.plan();
        } catch (BoxCheckFailure none) {
            if (none.kind().group == FailureKind.Group.CONFIGURATION) {
                throw none;
            }
        }
        boolean writes = fresh != null && (fresh.method.obtainsToken() || asked.downscoped());
        String notTaken = before.exists() ? null : "box.tokenFile " + file.path() + " does not exist";
        if (before.exists() && (fresh == null || !before.handedOnSince(buildStarted))) {
            String why = before.whyNotTaken(asked.madeBy(fresh == null ? null : fresh.credential), now);
            if (why == null) {
                AuthPlan taken = new AuthPlan(AuthMethod.TOKEN, "which an earlier step handed on in "
                        + file.path() + (asked.item() == null ? "" : ", for " + asked.item()), before.handedOn(now),
                        null);
                return new HandOff(file, before, asked, writes ? Mode.TAKE_OR_REPLACE : Mode.TAKE, taken, fresh,
                        null, buildDirectory, log);
            }
            notTaken = "box.tokenFile " + file.path() + " is not taken: " + why;
        }
        if (fresh == null) {
            planner.plan(Collections.singletonList(notTaken)); // fails again, now saying what box.tokenFile held
            throw new IllegalStateException("a plan that failed once succeeded");
        }
        return new HandOff(file, before, asked, writes ? Mode.WRITE : Mode.NOT_WRITTEN, fresh, fresh,
                before.exists() ? notTaken : null, buildDirectory, log);
    }

    public Mode mode() {
        return mode;
    }

    /** The plan to check now: the handed-on token's, or the run's own. */
    public AuthPlan plan() {
        return plan;
    }

    /**
     * What tells this run's check apart for the verdict cache: the run's own credential whenever it has one, so that
     * a later module of the build finds the check that wrote the file, however that check came to write it.
     */
    public String identity() {
        return (fresh != null ? fresh : plan).credential.identity();
    }

    /**
     * Runs {@code check} on the plan; a handed-on token that no longer passes gives way, saying so, to the fresh plan
     * ({@link Mode#TAKE_OR_REPLACE}). A failure of a run that writes leaves no token file behind.
     */
    public <V> V check(Check<V> check) throws BoxCheckFailure {
        try {
            return check.run(plan);
        } catch (BoxCheckFailure refused) {
            if (mode != Mode.TAKE_OR_REPLACE || !NO_LONGER_PASSES.contains(refused.kind())) {
                removeStale();
                throw refused;
            }
            log.info("The token handed on in box.tokenFile no longer passes (" + refused.getMessage().split("\n",
                    2)[0] + "); obtaining a fresh one, which replaces it.");
        }
        mode = Mode.WRITE;
        plan = fresh;
        try {
            return check.run(plan);
        } catch (BoxCheckFailure refused) {
            removeStale();
            throw refused;
        }
    }

    /** What to say before the plan is checked: why the file is not taken, and where it is not written or should not be. */
    public void announce() {
        if (notTaken != null && plan == fresh) {
            log.info(notTaken + ".");
        }
        if (mode == Mode.NOT_WRITTEN) {
            log.warn("box.tokenFile is written only for tokens the plugin obtains (box.auth=ccg or jwt, or"
                    + " box.downscope); " + file.path() + " was not written.");
        }
        Path directory = buildDirectory == null ? null : buildDirectory.toAbsolutePath().normalize();
        if (mode == Mode.WRITE && directory != null && file.path().normalize().startsWith(directory)) {
            log.warn("box.tokenFile " + file.path() + " lies inside the build directory " + directory + ", which many"
                    + " CI setups archive; put it in the runner's temporary directory ($RUNNER_TEMP on GitHub Actions,"
                    + " $CI_BUILDS_DIR on GitLab) instead.");
        }
    }

    /**
     * Once the check passed: writes {@code token} (the one later steps get) and its record, with the user and
     * enterprise it was verified for, when this run writes.
     */
    public void handOn(AccessToken token, String what, BoxUser verifiedFor, Instant now) throws BoxCheckFailure {
        if (mode == Mode.WRITE) {
            file.write(before, token.value, now, token.expiresAt, asked.madeBy(plan.credential), verifiedFor);
            log.info("Wrote " + what + " to " + file.path() + " (owner-only) for later steps of this build.");
        }
    }

    /** A failed check of a run that writes leaves no token file behind, not even an earlier build's. */
    private void removeStale() {
        if (mode != Mode.WRITE || !before.exists()) {
            return;
        }
        try {
            if (file.delete(before)) {
                log.info("Deleted " + file.path() + ", written by an earlier build: this check failed.");
            }
        } catch (IOException e) {
            log.warn("Cannot delete " + file.path() + " (" + Causes.describe(e) + "), a token file an earlier build"
                    + " wrote; delete it by hand.");
        }
    }
}
