package io.github.boxmaven.boxapi;

import io.github.boxmaven.failure.TrustStoreUnreadable;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@link JvmTls} a check needs for HTTPS, set up once: either {@link #startInBackground() ahead
 * of time} on a daemon thread, while the check reads its parameters and credential and OkHttp loads
 * its classes, or {@link #onDemand() when first needed}, on the caller's thread.
 */
public final class TlsSetup {
    private final FutureTask<JvmTls> task;

    TlsSetup(Callable<JvmTls> setUp) {
        this.task = new FutureTask<>(setUp);
    }

    /** Reads the JVM's trust store when {@link #get} is first called, unless {@link #startInBackground} comes first. */
    public static TlsSetup onDemand() {
        return new TlsSetup(JvmTls::load);
    }

    /** Starts the set-up now, on a daemon thread; {@link #get} then waits for it. */
    public TlsSetup startInBackground() {
        Thread thread = new Thread(task, "box-maven-plugin TLS set-up");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** A given TLS set-up (tests: one that trusts a test CA). */
    public static TlsSetup of(JvmTls tls) {
        return new TlsSetup(() -> tls);
    }

    /**
     * The set-up, waiting at most {@code timeout} for a background one; runs it here if it has not
     * started yet.
     */
    public JvmTls get(Duration timeout) throws TrustStoreUnreadable {
        task.run(); // a no-op when the background thread runs it or has run it
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TrustStoreUnreadable) {
                throw (TrustStoreUnreadable) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            throw TrustStoreUnreadable.ofJvmSettings(new TimeoutException("reading it took longer than box.timeout"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting up TLS", e);
        }
    }
}
