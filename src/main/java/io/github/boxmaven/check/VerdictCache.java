package io.github.boxmaven.check;

import io.github.boxmaven.failure.BoxCheckFailure;

/**
 * Shares check results within one build, so that a reactor asks Box once per credential and
 * settings, also when modules build in parallel. The Maven side keeps it in the build session;
 * nothing static outlives a build.
 */
public interface VerdictCache {
    /** A check to run at most once per key. */
    @FunctionalInterface
    interface Check {
        Verdict run() throws BoxCheckFailure;
    }

    /**
     * The verdict for {@code key}: computed by {@code check} the first time (it runs at most once per key), else the
     * earlier verdict (or the earlier failure, thrown again). Callers that arrive while the first check runs wait.
     */
    Verdict get(String key, Check check) throws BoxCheckFailure;

    /** No sharing: every call checks. */
    VerdictCache NONE = (key, check) -> check.run();
}
