package io.github.boxmaven.boxapi;

import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.NetworkFailures;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The JVM's default TLS trust ({@code javax.net.ssl.trustStore}, else {@code cacerts}), set up as OkHttp does but by
 * the plugin, so that an unreadable trust store is a clear failure instead of a stack trace.
 */
public final class JvmTls {
    /** Where a check gets its trust: {@link JvmTls#load()}, or in tests one that trusts a test CA. */
    @FunctionalInterface
    public interface Loader {
        JvmTls load() throws BoxCheckFailure;
    }

    public final SSLSocketFactory socketFactory;
    public final X509TrustManager trustManager;

    private JvmTls(SSLSocketFactory socketFactory, X509TrustManager trustManager) {
        this.socketFactory = socketFactory;
        this.trustManager = trustManager;
    }

    /** Reads the trust store the JVM is configured with; the slow part of TLS set-up (tens of milliseconds). */
    public static JvmTls load() throws BoxCheckFailure {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            TrustManager[] managers = factory.getTrustManagers();
            if (managers.length != 1 || !(managers[0] instanceof X509TrustManager)) {
                throw new GeneralSecurityException("the default TrustManagerFactory gave no single X509TrustManager");
            }
            return trusting((X509TrustManager) managers[0]);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw NetworkFailures.trustStoreUnreadable(e);
        }
    }

    /** TLS that trusts what {@code trustManager} trusts (tests: a test CA). */
    public static JvmTls trusting(X509TrustManager trustManager) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustManager}, (SecureRandom) null);
        return new JvmTls(context.getSocketFactory(), trustManager);
    }
}
