package io.github.boxmaven.credential;

import io.github.boxmaven.credential.Secret;
import io.github.boxmaven.failure.CredentialConfigInvalid;
import io.github.boxmaven.failure.FailureKind;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMDecryptorProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.interfaces.RSAPrivateKey;

/**
 * Reads the RSA private key of a JWT app from PEM with BouncyCastle: encrypted PKCS#8 (the Developer
 * Console's default), plain PKCS#8, and PKCS#1 (plain or OpenSSL-encrypted). BouncyCastle reads
 * every PBES2 variant the console and OpenSSL write on any Java 8+, which {@code java.security}
 * alone does not.
 */
public final class PrivateKeys {
    private PrivateKeys() {}

    /**
     * @param passphrase null when none was given
     * @param where names the file, for messages
     */
    public static RSAPrivateKey read(Secret pem, Secret passphrase, String where) throws CredentialConfigInvalid {
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(pem.reveal().replace("\\n", "\n")))) {
            parsed = parser.readObject();
        } catch (IOException e) {
            throw unreadable(where, "is not valid PEM", e);
        }
        // BouncyCastle's provider as an instance, never registered: the build's JVM stays as it was.
        Provider provider = new BouncyCastleProvider();
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(provider);
        PrivateKey key;
        try {
            if (parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
                char[] secret = requirePassphrase(passphrase, where);
                InputDecryptorProvider decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(provider)
                        .build(secret);
                key = converter.getPrivateKey(((PKCS8EncryptedPrivateKeyInfo) parsed).decryptPrivateKeyInfo(decryptor));
            } else if (parsed instanceof PrivateKeyInfo) {
                key = converter.getPrivateKey((PrivateKeyInfo) parsed);
            } else if (parsed instanceof PEMEncryptedKeyPair) {
                PEMDecryptorProvider decryptor = new JcePEMDecryptorProviderBuilder().setProvider(provider)
                        .build(requirePassphrase(passphrase, where));
                key = converter.getKeyPair(((PEMEncryptedKeyPair) parsed).decryptKeyPair(decryptor)).getPrivate();
            } else if (parsed instanceof PEMKeyPair) {
                key = converter.getKeyPair((PEMKeyPair) parsed).getPrivate();
            } else {
                throw unreadable(where, "holds no private key (expected -----BEGIN ENCRYPTED PRIVATE KEY-----,"
                        + " -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)", null);
            }
        } catch (PKCSException | OperatorCreationException e) {
            throw wrongPassphrase(where, e);
        } catch (IOException | RuntimeException e) {
            // a wrong passphrase can also surface as garbage that does not parse as a key
            if (parsed instanceof PEMEncryptedKeyPair || parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
                throw wrongPassphrase(where, e);
            }
            throw unreadable(where, "holds a key this plugin cannot read", e);
        }
        if (!(key instanceof RSAPrivateKey)) {
            throw unreadable(where, "holds a " + key.getAlgorithm() + " key; Box JWT apps use RSA keys", null);
        }
        return (RSAPrivateKey) key;
    }

    private static char[] requirePassphrase(Secret passphrase, String where) throws CredentialConfigInvalid {
        if (passphrase == null || passphrase.reveal().isEmpty()) {
            throw new CredentialConfigInvalid(FailureKind.JWT_PASSPHRASE_MISSING, "The private key in " + where
                    + " is encrypted, but no passphrase was given",
                    "Keep boxAppSettings.appAuth.passphrase in the file, or set the BOX_JWT_PASSPHRASE environment"
                            + " variable.", null);
        }
        return passphrase.reveal().toCharArray();
    }

    private static CredentialConfigInvalid wrongPassphrase(String where, Exception cause) {
        return new CredentialConfigInvalid(FailureKind.JWT_PASSPHRASE_WRONG, "Cannot decrypt the private key in " + where
                + ": the passphrase is wrong",
                "Use the passphrase that came with the key (boxAppSettings.appAuth.passphrase or BOX_JWT_PASSPHRASE);"
                        + " if it is lost, add a new key pair to the app in the Developer Console.", cause);
    }

    private static CredentialConfigInvalid unreadable(String where, String problem, Throwable cause) {
        return new CredentialConfigInvalid(FailureKind.JWT_KEY_UNREADABLE, "The private key in " + where + " " + problem,
                "Use the privateKey exactly as the Developer Console wrote it into the app's JSON config.", cause);
    }
}
