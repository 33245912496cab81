package io.github.boxmaven.standin;

import io.github.boxmaven.boxapi.JvmTls;

import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;

/**
 * A certificate authority made for one test run, and a server certificate it signed for
 * {@code localhost} and {@code 127.0.0.1}: HTTPS on loopback that a client trusts only when told to.
 */
public final class TestCa {
    private final HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0)
            .commonName("box-maven-plugin test CA").build();
    private final HeldCertificate server = new HeldCertificate.Builder().addSubjectAlternativeName("localhost")
            .addSubjectAlternativeName("127.0.0.1").signedBy(ca).build();

    /** What an HTTPS server on loopback presents. */
    public SSLContext serverContext() {
        return new HandshakeCertificates.Builder().heldCertificate(server, ca.certificate()).build().sslContext();
    }

    /** The JVM-style trust of a client that trusts this CA alone. */
    public JvmTls clientTrust() throws Exception {
        return JvmTls.trusting(new HandshakeCertificates.Builder().addTrustedCertificate(ca.certificate()).build()
                .trustManager());
    }

    /** Writes the CA as a PKCS12 trust store, for {@code -Djavax.net.ssl.trustStore}. */
    public void writeTrustStore(Path file, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("box-test-ca", ca.certificate());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
    }
}
