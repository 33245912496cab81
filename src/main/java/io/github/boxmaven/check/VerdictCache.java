package io.github.boxmaven.check;

import io.github.boxmaven.failure.BoxCheckFailure;

/**
 * Shares check results within one build, so that a reactor asks Box once per credential and base
 * URL, also when modules build in parallel. The Maven side keeps it in the build session; nothing
 * static outlives a build.
 */
public interface VerdictCache {
    /** A check to run at most once per key. */
    @FunctionalInterface
    interface Check {
        Verdict run() throws BoxCheckFailure;
    }

    /**
     * The verdict for {@code key}: computed by {@code check} the first time, else the earlier verdict (or
     * the earlier failure, thrown again). Callers that arrive while the first check runs wait for it.
     */
    Shared get(String key, Check check) throws BoxCheckFailure;

    /** A verdict and whether it was computed by an earlier caller. */
    final class Shared {
        private final Verdict verdict;
        private final boolean reused;

        public Shared(Verdict verdict, boolean reused) {
            this.verdict = verdict;
            this.reused = reused;
        }

        public Verdict verdict() {
            return verdict;
        }

        public boolean reused() {
            return reused;
        }
    }

    /** No sharing: every call checks. */
    VerdictCache NONE = (key, check) -> new Shared(check.run(), false);
}
