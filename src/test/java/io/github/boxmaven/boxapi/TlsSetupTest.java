package io.github.boxmaven.boxapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.failure.TrustStoreUnreadable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStoreException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsSetupTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    static JvmTls testTls() throws Exception {
        return JvmTls.trusting(new HandshakeCertificates.Builder().build().trustManager());
    }

    @Test
    void onDemandRunsOnceInTheCallersThread() throws Exception {
        JvmTls tls = testTls();
        AtomicReference<String> thread = new AtomicReference<>();
        AtomicInteger runs = new AtomicInteger();
        TlsSetup setup = new TlsSetup(() -> {
            thread.set(Thread.currentThread().getName());
            runs.incrementAndGet();
            return tls;
        });

        assertSame(tls, setup.get(WAIT));
        assertSame(tls, setup.get(WAIT));
        assertEquals(Thread.currentThread().getName(), thread.get());
        assertEquals(1, runs.get());
    }

    @Test
    void inTheBackgroundItRunsOnADaemonThreadAndGetWaitsForIt() throws Exception {
        JvmTls tls = testTls();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> thread = new AtomicReference<>();
        TlsSetup setup = new TlsSetup(() -> {
            thread.set(Thread.currentThread());
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return tls;
        }).startInBackground();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        new Thread(() -> {
            sleep(100);
            release.countDown();
        }).start();

        assertSame(tls, setup.get(WAIT));
        assertEquals("box-maven-plugin TLS set-up", thread.get().getName());
        assertTrue(thread.get().isDaemon());
    }

    @Test
    void aFailureOfTheBackgroundSetUpReachesTheCaller() {
        TrustStoreUnreadable failure = new TrustStoreUnreadable("/x/trust.p12", "PKCS12",
                new KeyStoreException("keystore password was incorrect"));
        TlsSetup setup = new TlsSetup(() -> {
            throw failure;
        }).startInBackground();

        assertSame(failure, assertThrows(TrustStoreUnreadable.class, () -> setup.get(WAIT)));
    }

    @Test
    void aSetUpThatDoesNotFinishIsBoundedByTheTimeout() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        TlsSetup setup = new TlsSetup(() -> {
            started.countDown();
            never.await(10, TimeUnit.SECONDS);
            return null;
        }).startInBackground();
        try {
            assertTrue(started.await(10, TimeUnit.SECONDS));
            long begun = System.nanoTime();
            TrustStoreUnreadable e = assertThrows(TrustStoreUnreadable.class, () -> setup.get(Duration.ofMillis(200)));
            assertTrue(System.nanoTime() - begun < TimeUnit.SECONDS.toNanos(5));
            assertTrue(e.getMessage().contains("longer than box.timeout"), e.getMessage());
        } finally {
            never.countDown();
        }
    }

    @Test
    void theJvmDefaultTrustLoads() throws Exception {
        JvmTls tls = TlsSetup.onDemand().get(WAIT);
        assertTrue(tls.trustManager().getAcceptedIssuers().length > 0, "the JDK's cacerts has CAs");
    }

    @Test
    void anUnreadableTrustStoreIsAClearFailureWithoutThePassword(@TempDir Path dir) throws Exception {
        Path notAKeystore = dir.resolve("truststore.p12");
        Files.write(notAKeystore, "not a keystore".getBytes(StandardCharsets.UTF_8));
        String[] keys = {"javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType"};
        String[] saved = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            saved[i] = System.getProperty(keys[i]);
        }
        try {
            System.setProperty(keys[0], notAKeystore.toString());
            System.setProperty(keys[1], "canaryTrustPassword42");
            System.setProperty(keys[2], "PKCS12");

            TrustStoreUnreadable e = assertThrows(TrustStoreUnreadable.class, () -> TlsSetup.onDemand().get(WAIT));

            assertEquals("trust-store-unreadable", e.kind());
            assertTrue(e.getMessage().startsWith("Cannot set up HTTPS: the trust store javax.net.ssl.trustStore="
                    + notAKeystore + " (type PKCS12) cannot be read ("), e.getMessage());
            assertTrue(e.getMessage().contains("\nCheck javax.net.ssl.trustStore, trustStorePassword and"
                    + " trustStoreType"), e.getMessage());
            assertEquals(2, e.getMessage().split("\n").length, e.getMessage());
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains("canaryTrustPassword42"), t.getMessage());
            }
        } finally {
            for (int i = 0; i < keys.length; i++) {
                if (saved[i] == null) {
                    System.clearProperty(keys[i]);
                } else {
                    System.setProperty(keys[i], saved[i]);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
