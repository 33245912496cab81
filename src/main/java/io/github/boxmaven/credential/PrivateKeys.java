package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.CredentialFailures;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

import java.io.IOException;
import java.io.StringReader;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.interfaces.RSAPrivateKey;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads the RSA private key of a JWT app from PEM: encrypted PKCS#8 (the Developer Console's default),
 * plain PKCS#8, and PKCS#1 (plain or OpenSSL-encrypted). BouncyCastle parses the PEM; the JDK decrypts
 * it, and BouncyCastle's provider only when the JDK lacks the algorithm (PBES2 with DES3 or scrypt,
 * legacy PEM on some JDKs), so every variant the console and OpenSSL write works on any Java 8+.
 */
public final class PrivateKeys {
    private PrivateKeys() {}

    /**
     * @param passphrase null when none was given
     * @param where names the file, for messages
     */
    public static RSAPrivateKey read(Secret pem, Secret passphrase, String where) throws BoxCheckFailure {
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(pem.reveal().replace("\\n", "\n")))) {
            parsed = parser.readObject();
        } catch (IOException e) {
            throw CredentialFailures.jwtKeyUnreadable(where, "is not valid PEM", e);
        }
        if ((parsed instanceof PKCS8EncryptedPrivateKeyInfo || parsed instanceof PEMEncryptedKeyPair)
                && (passphrase == null || passphrase.reveal().isEmpty())) {
            throw CredentialFailures.jwtPassphraseMissing(where);
        }
        PrivateKey key;
        try {
            key = decode(parsed, passphrase, null);
        } catch (Exception jdkCannot) {
            // The JDK lacks the key's algorithm (such as scrypt) or the passphrase is wrong: BouncyCastle's
            // provider decides. Made only then (it costs a build about 0.2 s), as an instance, never registered.
            try {
                key = decode(parsed, passphrase, new BouncyCastleProvider());
            } catch (PKCSException | OperatorCreationException | GeneralSecurityException e) {
                throw CredentialFailures.jwtPassphraseWrong(where, e);
            } catch (IOException | RuntimeException e) {
                // a wrong passphrase can also surface as garbage that does not parse as a key
                if (parsed instanceof PEMEncryptedKeyPair || parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
                    throw CredentialFailures.jwtPassphraseWrong(where, e);
                }
                throw CredentialFailures.jwtKeyUnreadable(where, "holds a key this plugin cannot read", e);
            }
        }
        if (key == null) {
            throw CredentialFailures.jwtKeyUnreadable(where, "holds no private key (expected -----BEGIN ENCRYPTED PRIVATE KEY-----,"
                    + " -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)", null);
        }
        if (!(key instanceof RSAPrivateKey)) {
            throw CredentialFailures.jwtKeyUnreadable(where, "holds a " + key.getAlgorithm() + " key; Box JWT apps use RSA keys", null);
        }
        return (RSAPrivateKey) key;
    }

    /**
     * The private key of the parsed PEM, decrypted and converted with {@code provider}, or with the
     * JDK's own providers when it is null; null when the PEM holds no private key.
     */
    private static PrivateKey decode(Object parsed, Secret passphrase, Provider provider)
            throws IOException, PKCSException, OperatorCreationException, GeneralSecurityException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        if (parsed instanceof PKCS8EncryptedPrivateKeyInfo && provider == null) {
            return decryptWithJdk(((PKCS8EncryptedPrivateKeyInfo) parsed).getEncoded(), passphrase);
        }
        if (parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
            JceOpenSSLPKCS8DecryptorProviderBuilder decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder();
            if (provider != null) {
                converter.setProvider(provider);
                decryptor.setProvider(provider);
            }
            return converter.getPrivateKey(((PKCS8EncryptedPrivateKeyInfo) parsed)
                    .decryptPrivateKeyInfo(decryptor.build(passphrase.reveal().toCharArray())));
        }
        if (parsed instanceof PEMEncryptedKeyPair) {
            JcePEMDecryptorProviderBuilder decryptor = new JcePEMDecryptorProviderBuilder();
            if (provider != null) {
                converter.setProvider(provider);
                decryptor.setProvider(provider);
            }
            return converter.getKeyPair(((PEMEncryptedKeyPair) parsed)
                    .decryptKeyPair(decryptor.build(passphrase.reveal().toCharArray()))).getPrivate();
        }
        if (provider != null) {
            converter.setProvider(provider);
        }
        if (parsed instanceof PrivateKeyInfo) {
            return converter.getPrivateKey((PrivateKeyInfo) parsed);
        }
        if (parsed instanceof PEMKeyPair) {
            return converter.getKeyPair((PEMKeyPair) parsed).getPrivate();
        }
        return null;
    }

    /**
     * Encrypted PKCS#8 decrypted by the JDK alone: its PBES2 support (PBKDF2 with an HMAC, AES-128 or
     * AES-256) covers what the Developer Console writes.
     */
    private static PrivateKey decryptWithJdk(byte[] der, Secret passphrase) throws IOException,
            GeneralSecurityException {
        EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
        AlgorithmParameters parameters = info.getAlgParameters();
        String algorithm = parameters.toString(); // for PBES2: PBEWithHmacSHA256AndAES_256 and the like
        SecretKey key = SecretKeyFactory.getInstance(algorithm)
                .generateSecret(new PBEKeySpec(passphrase.reveal().toCharArray()));
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.DECRYPT_MODE, key, parameters);
        return KeyFactory.getInstance("RSA").generatePrivate(info.getKeySpec(cipher));
    }
}
