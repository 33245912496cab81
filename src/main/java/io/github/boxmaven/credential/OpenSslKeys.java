package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;

/**
 * What the JDK cannot read, read with BouncyCastle: PKCS#1 ({@code BEGIN RSA PRIVATE KEY}), OpenSSL's
 * encrypted traditional PEM ({@code Proc-Type}, {@code DEK-Info}), and encrypted PKCS#8 in a scheme the
 * running JDK lacks (PBES2 with DES3, scrypt). Only {@link PrivateKeys} calls it, and only then, so
 * BouncyCastle's classes are loaded for no other key.
 */
final class OpenSslKeys {
    private OpenSslKeys() {}

    /** Why BouncyCastle could not read the key: the passphrase, or the key itself. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean wrongPassphrase;

        Unreadable(boolean wrongPassphrase, Exception cause) {
            super(cause);
            this.wrongPassphrase = wrongPassphrase;
        }
    }

    /**
     * @param passphrase null for a key that is not encrypted
     * @return null when the PEM holds no private key
     */
    static PrivateKey read(String pem, Secret passphrase) throws Unreadable {
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(pem.replace("\\n", "\n")))) {
            parsed = parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(false, e);
        }
        boolean encrypted = parsed instanceof PKCS8EncryptedPrivateKeyInfo || parsed instanceof PEMEncryptedKeyPair;
        // an instance, never registered: it costs a build about 0.2 s, paid only here
        BouncyCastleProvider provider = new BouncyCastleProvider();
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(provider);
        char[] password = passphrase == null ? new char[0] : passphrase.reveal().toCharArray();
        try {
            if (parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
                return converter.getPrivateKey(((PKCS8EncryptedPrivateKeyInfo) parsed).decryptPrivateKeyInfo(
                        new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(provider).build(password)));
            }
            if (parsed instanceof PEMEncryptedKeyPair) {
                return converter.getKeyPair(((PEMEncryptedKeyPair) parsed).decryptKeyPair(
                        new JcePEMDecryptorProviderBuilder().setProvider(provider).build(password))).getPrivate();
            }
            if (parsed instanceof PrivateKeyInfo) {
                return converter.getPrivateKey((PrivateKeyInfo) parsed);
            }
            if (parsed instanceof PEMKeyPair) {
                return converter.getKeyPair((PEMKeyPair) parsed).getPrivate();
            }
            return null;
        } catch (Exception e) {
            // a wrong passphrase shows as a padding error, or as garbage that does not parse as a key
            throw new Unreadable(encrypted, e);
        }
    }
}
