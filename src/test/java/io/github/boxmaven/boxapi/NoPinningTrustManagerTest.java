package io.github.boxmaven.boxapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

class NoPinningTrustManagerTest {
    private final HeldCertificate trustedCa = new HeldCertificate.Builder().certificateAuthority(0).build();
    private final X509TrustManager jvmTrust = new HandshakeCertificates.Builder()
            .addTrustedCertificate(trustedCa.certificate()).build().trustManager();
    private final X509TrustManager view = new NoPinningTrustManager(jvmTrust);

    private static X509Certificate[] chainSignedBy(HeldCertificate ca) {
        HeldCertificate server = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").signedBy(ca)
                .build();
        return new X509Certificate[] {server.certificate(), ca.certificate()};
    }

    @Test
    void checksChainsAsTheJvmTrustDoes() throws Exception {
        view.checkServerTrusted(chainSignedBy(trustedCa), "RSA");
        HeldCertificate otherCa = new HeldCertificate.Builder().certificateAuthority(0).build();
        assertThrows(CertificateException.class, () -> view.checkServerTrusted(chainSignedBy(otherCa), "RSA"));
        assertThrows(CertificateException.class, () -> view.checkClientTrusted(chainSignedBy(otherCa), "RSA"));
    }

    @Test
    void listsNoIssuersForOkHttpToIndex() {
        assertEquals(1, jvmTrust.getAcceptedIssuers().length);
        assertEquals(0, view.getAcceptedIssuers().length);
    }
}
