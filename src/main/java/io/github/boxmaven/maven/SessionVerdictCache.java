package io.github.boxmaven.maven;

import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.check.VerdictCache;
import io.github.boxmaven.failure.BoxCheckFailure;
import org.eclipse.aether.SessionData;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * {@link VerdictCache} kept in the build's repository session data, so it lives exactly as long as the
 * build. Parallel modules ({@code -T 4}) that ask for the same key wait
 * for the one check in flight.
 */
final class SessionVerdictCache implements VerdictCache {
    private static final String KEY = SessionVerdictCache.class.getName();

    private final ConcurrentMap<String, FutureTask<Verdict>> checks;

    /**
     * Kept in the repository session's data: it lives exactly as long as the build, also under the Maven
     * Daemon, which keeps plugin class loaders (and so any static field) alive across builds.
     * {@code SessionData.computeIfAbsent} would do, but Maven 3.6's resolver lacks it.
     */
    @SuppressWarnings("unchecked")
    SessionVerdictCache(SessionData data) {
        if (data.get(KEY) == null) {
            data.set(KEY, null, new ConcurrentHashMap<String, FutureTask<Verdict>>());
        }
        this.checks = (ConcurrentMap<String, FutureTask<Verdict>>) data.get(KEY);
    }

    @Override
    public Verdict get(String key, Check check) throws BoxCheckFailure {
        FutureTask<Verdict> created = new FutureTask<>(check::run);
        FutureTask<Verdict> task = checks.putIfAbsent(key, created);
        if (task == null) {
            task = created;
            task.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Box check of another module", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BoxCheckFailure) {
                throw (BoxCheckFailure) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
