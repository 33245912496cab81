package io.github.boxmaven.boxapi;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * The JVM's trust manager as the plugin hands it to OkHttp: it checks certificate chains exactly as
 * the real one does, but lists no accepted issuers.
 *
 * <p>On the JDK, OkHttp does not check certificates with the trust manager it is given: the
 * {@code SSLSocketFactory}, made from the real trust manager ({@link JvmTls}), does that in the
 * handshake. OkHttp uses it for one thing only, an index of every trusted CA that it builds from
 * {@link #getAcceptedIssuers()} as soon as the client is configured, for certificate pinning. The
 * plugin pins nothing (it trusts what the JVM trusts), yet with the JDK's own ~145 CAs building that
 * index takes about 20 ms of a check's critical path (bench/RESULTS.md). Which servers are trusted
 * does not change ({@code TokenCheckTest}, {@code NoPinningTrustManagerTest}). Two things would, and
 * the plugin uses neither: a {@code CertificatePinner}, and {@code Handshake.peerCertificates()},
 * which cleans the chain with that index and would fail.
 */
final class NoPinningTrustManager implements X509TrustManager {
    private static final X509Certificate[] NONE = new X509Certificate[0];

    private final X509TrustManager delegate;

    NoPinningTrustManager(X509TrustManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return NONE;
    }
}
