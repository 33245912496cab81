package io.github.boxmaven.maven;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.check.VerdictCache;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.BoxRefusals;
import io.github.boxmaven.failure.FailureKind;

import org.eclipse.aether.DefaultSessionData;
import org.eclipse.aether.SessionData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

class SessionVerdictCacheTest {
    static Verdict verdict() {
        return new Verdict(new BoxUser("1", "n", "l", null, null), null, null, "from x", Expiry.unknown("the ledger is off"), List.of(), "",
                Set.of("hash-of-the-token"), Instant.now());
    }

    @Test
    void parallelModulesAskingForTheSameKeyShareOneCheck() throws Exception {
        SessionData data = new DefaultSessionData();
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Verdict>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                // each module builds its own cache object over the same session data, as each mojo does
                return new SessionVerdictCache(data).get("k", () -> {
                    checks.incrementAndGet();
                    pause();
                    return verdict();
                });
            }));
        }
        start.countDown();
        Verdict first = null;
        for (Future<Verdict> result : results) {
            Verdict shared = result.get(10, TimeUnit.SECONDS);
            first = first == null ? shared : first;
            assertSame(first, shared);
        }
        pool.shutdown();
        assertEquals(1, checks.get());
        assertEquals(7, results.size() - checks.get(), "seven modules reused the one check");
    }

    /** Keeps the first check in flight while the other modules arrive. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void failuresAreSharedTooAndKeysAreSeparate() throws Exception {
        SessionData data = new DefaultSessionData();
        BoxCheckFailure rejected = BoxRefusals.tokenRejected("x", null);
        assertFailure(FailureKind.TOKEN_REJECTED, () -> new SessionVerdictCache(data).get("bad", () -> {
            throw rejected;
        }));
        BoxCheckFailure again = assertFailure(FailureKind.TOKEN_REJECTED,
                () -> new SessionVerdictCache(data).get("bad", SessionVerdictCacheTest::verdict));
        assertSame(rejected, again);
        AtomicInteger checks = new AtomicInteger();
        VerdictCache.Check counted = () -> {
            checks.incrementAndGet();
            return verdict();
        };
        new SessionVerdictCache(data).get("good", counted);
        assertEquals(1, checks.get(), "another key is checked");
        new SessionVerdictCache(data).get("good", counted);
        assertEquals(1, checks.get(), "the same key is reused");
    }

    @Test
    void aNewBuildSessionStartsEmpty() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        VerdictCache.Check counted = () -> {
            checks.incrementAndGet();
            return verdict();
        };
        new SessionVerdictCache(new DefaultSessionData()).get("k", counted);
        new SessionVerdictCache(new DefaultSessionData()).get("k", counted);
        assertEquals(2, checks.get());
    }
}
