package io.github.boxmaven.boxapi;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

class JvmTlsTest {

    @Test
    void theJvmDefaultTrustLoads() throws Exception {
        JvmTls tls = JvmTls.load();
        assertTrue(tls.trustManager.getAcceptedIssuers().length > 0, "the JDK's cacerts has CAs");
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

            BoxCheckFailure e = assertFailure(FailureKind.TRUST_STORE_UNREADABLE, () -> JvmTls.load());

            assertEquals(FailureKind.TRUST_STORE_UNREADABLE, e.kind());
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
}
