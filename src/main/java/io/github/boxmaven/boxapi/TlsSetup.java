package io.github.boxmaven.boxapi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The JVM's default TLS trust (so {@code javax.net.ssl.trustStore} applies, as for any Java client),
 * read on a background thread from the moment a check starts. Reading and parsing the trust store is
 * the largest part of a first HTTPS request; this way it runs beside OkHttp's class loading, and the
 * request waits for it only when the TLS handshake begins.
 */
public final class TlsSetup {
    private final FutureTask<SSLContext> context = new FutureTask<>(TlsSetup::defaultContext);
    private volatile X509TrustManager trustManager;

    private TlsSetup() {}

    /** Starts reading the trust store on a daemon thread and returns at once. */
    public static TlsSetup start() {
        TlsSetup setup = new TlsSetup();
        Thread thread = new Thread(setup.context, "box-tls-setup");
        thread.setDaemon(true);
        thread.start();
        return setup;
    }

    private static SSLContext defaultContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {defaultTrustManager()}, null);
        return context;
    }

    private static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager) {
                return (X509TrustManager) manager;
            }
        }
        throw new GeneralSecurityException("the JVM's default TrustManagerFactory has no X509TrustManager");
    }

    private SSLContext await() throws SSLException {
        try {
            return context.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SSLException("interrupted while reading the trust store", e);
        } catch (ExecutionException e) {
            throw new SSLException("cannot read the JVM's trust store: " + e.getCause(), e.getCause());
        }
    }

    /** Creates TLS sockets with the default trust once it is read; the handshake is where it waits. */
    public SSLSocketFactory socketFactory() {
        return new DeferredSocketFactory();
    }

    /**
     * For OkHttp's certificate-pinning chain cleaner only (the plugin pins nothing), so it lists no
     * issuers instead of waiting for the trust store; the server's chain is checked by the handshake,
     * with the default trust, as for every Java client.
     */
    public X509TrustManager trustManager() {
        return new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                delegate().checkClientTrusted(chain, authType);
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                delegate().checkServerTrusted(chain, authType);
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
    }

    private X509TrustManager delegate() throws CertificateException {
        if (trustManager == null) {
            try {
                trustManager = defaultTrustManager();
            } catch (GeneralSecurityException e) {
                throw new CertificateException(e);
            }
        }
        return trustManager;
    }

    /** Every method waits for the context, then delegates. */
    private final class DeferredSocketFactory extends SSLSocketFactory {
        private SSLSocketFactory ready() throws SSLException {
            return await().getSocketFactory();
        }

        @Override
        public String[] getDefaultCipherSuites() {
            try {
                return ready().getDefaultCipherSuites();
            } catch (SSLException e) {
                return new String[0];
            }
        }

        @Override
        public String[] getSupportedCipherSuites() {
            try {
                return ready().getSupportedCipherSuites();
            } catch (SSLException e) {
                return new String[0];
            }
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return ready().createSocket(socket, host, port, autoClose);
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return ready().createSocket(host, port);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return ready().createSocket(host, port, localHost, localPort);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return ready().createSocket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return ready().createSocket(address, port, localAddress, localPort);
        }
    }
}
