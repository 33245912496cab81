package io.github.boxmaven.maven;

import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.check.VerdictCache;
import io.github.boxmaven.failure.BoxCheckFailure;
import org.eclipse.aether.SessionData;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** The {@link VerdictCache} of one build; parallel modules asking for a key wait for the check in flight. */
final class SessionVerdictCache implements VerdictCache {
    private static final String KEY = SessionVerdictCache.class.getName();

    private final ConcurrentMap<String, FutureTask<Verdict>> checks;

    /** In the session data it lives as long as the build, also under mvnd (a static would outlive it). */
    @SuppressWarnings("unchecked")
    SessionVerdictCache(SessionData data) {
        if (data.get(KEY) == null) {
            data.set(KEY, null, new ConcurrentHashMap<String, FutureTask<Verdict>>());
        }
        this.checks = (ConcurrentMap<String, FutureTask<Verdict>>) data.get(KEY);
    }

    @Override
    public void forget(String tokenSha256) {
        checks.entrySet().removeIf(entry -> {
            try {
                return entry.getValue().isDone() && entry.getValue().get().vouchesFor(tokenSha256);
            } catch (InterruptedException | ExecutionException failed) {
                return false; // a failure vouches for nothing
            }
        });
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
