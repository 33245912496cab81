package io.github.boxmaven.maven;

import io.github.boxmaven.check.CheckResult;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.check.VerdictCache;
import io.github.boxmaven.failure.BoxCheckFailure;

import org.eclipse.aether.SessionData;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * {@link VerdictCache} kept in the build's repository session data ({@link SessionValues}), so it
 * lives exactly as long as the build. Parallel modules ({@code -T 4}) that ask for the same key wait
 * for the one check in flight.
 */
final class SessionVerdictCache implements VerdictCache {
    private static final String KEY = SessionVerdictCache.class.getName();

    private final ConcurrentMap<String, FutureTask<Verdict>> checks;

    SessionVerdictCache(SessionData data) {
        this.checks = SessionValues.getOrPut(data, KEY, ConcurrentHashMap::new);
    }

    @Override
    public CheckResult get(String key, Check check) throws BoxCheckFailure {
        FutureTask<Verdict> created = new FutureTask<>(check::run);
        FutureTask<Verdict> task = checks.putIfAbsent(key, created);
        boolean reused = task != null;
        if (!reused) {
            task = created;
            task.run();
        }
        try {
            return new CheckResult(task.get(), reused);
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
