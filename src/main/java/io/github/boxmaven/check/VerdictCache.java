package io.github.boxmaven.check;

import io.github.boxmaven.failure.BoxCheckFailure;

/** Shares verdicts within one build, so that a reactor (also in parallel) asks Box once per credential. */
public interface VerdictCache {
    /** A check to run at most once per key. */
    @FunctionalInterface
    interface Check {
        Verdict run() throws BoxCheckFailure;
    }

    /** The verdict for {@code key}: {@code check}'s the first time, else the earlier one (or its failure); waits. */
    Verdict get(String key, Check check) throws BoxCheckFailure;

    /** Forgets every verdict that vouches for the token with this SHA-256, once it is revoked: it passes no more. */
    void forget(String tokenSha256);

    /** No sharing: every call checks. */
    VerdictCache NONE = new VerdictCache() {
        @Override
        public Verdict get(String key, Check check) throws BoxCheckFailure {
            return check.run();
        }

        @Override
        public void forget(String tokenSha256) {}
    };
}
