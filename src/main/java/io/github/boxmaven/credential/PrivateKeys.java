package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.CredentialFailures;
import java.io.IOException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

/**
 * Reads a JWT app's RSA key: PKCS#8, encrypted (the Developer Console's PBES2 with AES-256) or not, by the JDK alone;
 * what the running JDK cannot read by {@link OpenSslKeys}.
 */
public final class PrivateKeys {
    /** The most iterations a passphrase is run through (0.35 s here; OpenSSL uses 2048, OWASP asks 600,000). */
    private static final int MAX_ITERATIONS = 1_000_000;

    private PrivateKeys() {}

    /** {@code passphrase} null when none was given; {@code where} names the file. */
    public static RSAPrivateKey read(Secret pem, Secret passphrase, String where) throws BoxCheckFailure {
        PemArmour armour;
        try {
            armour = PemArmour.read(pem.reveal());
        } catch (PemArmour.Malformed e) {
            throw CredentialFailures.jwtKeyUnreadable(where, e.getMessage(), null);
        }
        boolean encrypted = armour.label.equals("ENCRYPTED PRIVATE KEY") || armour.hasHeaders;
        if (encrypted && (passphrase == null || passphrase.reveal().isEmpty())) {
            throw CredentialFailures.jwtPassphraseMissing(where);
        }
        PrivateKey key;
        switch (armour.label) {
            case "ENCRYPTED PRIVATE KEY":
                key = decryptWithJdk(armour.der, passphrase, where);
                break;
            case "PRIVATE KEY":
                key = parseWithJdk(armour.der, where);
                break;
            case "RSA PRIVATE KEY":
                key = null;
                break;
            default:
                throw CredentialFailures.jwtKeyUnreadable(where, "holds a " + armour.label + ", not a private key"
                        + " (expected -----BEGIN ENCRYPTED PRIVATE KEY-----, -----BEGIN PRIVATE KEY----- or -----BEGIN"
                        + " RSA PRIVATE KEY-----)", null);
        }
        if (key == null) {
            key = OpenSslKeys.read(pem.reveal(), encrypted ? passphrase : null, where);
        }
        if (!(key instanceof RSAPrivateKey)) {
            throw CredentialFailures.jwtKeyUnreadable(where, "holds a " + key.getAlgorithm() + " key; Box JWT apps use"
                    + " RSA keys", null);
        }
        return (RSAPrivateKey) key;
    }

    /** Encrypted PKCS#8 decrypted by the JDK; null for a scheme it does not know (BouncyCastle decides then). */
    private static PrivateKey decryptWithJdk(byte[] der, Secret passphrase, String where) throws BoxCheckFailure {
        EncryptedPrivateKeyInfo info;
        AlgorithmParameters parameters;
        SecretKey secret;
        Cipher cipher;
        String tooMany;
        try {
            info = new EncryptedPrivateKeyInfo(der);
            parameters = info.getAlgParameters();
            String algorithm = parameters.toString(); // PBEWithHmacSHA256AndAES_256
            tooMany = tooManyIterations(BigInteger.valueOf(parameters.getParameterSpec(PBEParameterSpec.class)
                    .getIterationCount()));
            secret = SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(
                    passphrase.reveal().toCharArray()));
            cipher = Cipher.getInstance(algorithm);
        } catch (IOException | GeneralSecurityException | RuntimeException jdkLacksTheScheme) {
            return null;
        }
        if (tooMany != null) {
            throw CredentialFailures.jwtKeyUnreadable(where, tooMany, null);
        }
        try {
            cipher.init(Cipher.DECRYPT_MODE, secret, parameters);
            return KeyFactory.getInstance("RSA").generatePrivate(info.getKeySpec(cipher));
        } catch (GeneralSecurityException e) {
            // a wrong passphrase shows as a padding error, or as garbage that does not parse as a key
            throw CredentialFailures.jwtPassphraseWrong(where, e);
        }
    }

    /** Why a key that asks for {@code iterations} key-derivation iterations is not decrypted, or null when it is. */
    static String tooManyIterations(BigInteger iterations) {
        return iterations.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) <= 0 ? null : "is encrypted with " + iterations
                + " key-derivation iterations, more than the " + MAX_ITERATIONS + " this plugin runs (OpenSSL uses"
                + " 2048), so it was not decrypted";
    }

    private static PrivateKey parseWithJdk(byte[] der, String where) throws BoxCheckFailure {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw CredentialFailures.jwtKeyUnreadable(where, "holds a PRIVATE KEY that is not an RSA key in PKCS#8", e);
        }
    }
}
