package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.CredentialFailures;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBEParameter;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
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
import java.math.BigInteger;
import java.security.PrivateKey;

/**
 * Keys the JDK cannot read, read with BouncyCastle (loaded only then): PKCS#1, OpenSSL's encrypted traditional PEM,
 * and encrypted PKCS#8 in a scheme the JDK lacks (DES3, scrypt).
 */
final class OpenSslKeys {
    private OpenSslKeys() {}

    /** Scrypt's memory, {@code 128 * N * r} bytes, at most 64 MiB (OpenSSL uses N=16384, r=8: 16 MiB). */
    static final long MAX_SCRYPT_N_TIMES_R = 1 << 19;
    static final int MAX_SCRYPT_P = 16;
    private static final String CANNOT_READ = "holds a key this plugin cannot read";

    /** The key; {@code passphrase} null for a key not encrypted; {@code where} names the file. */
    static PrivateKey read(String pem, Secret passphrase, String where) throws BoxCheckFailure {
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(pem.replace("\\n", "\n")))) {
            parsed = parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw CredentialFailures.jwtKeyUnreadable(where, CANNOT_READ, e);
        }
        boolean encrypted = parsed instanceof PKCS8EncryptedPrivateKeyInfo || parsed instanceof PEMEncryptedKeyPair;
        if (parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
            String tooCostly = tooCostly(((PKCS8EncryptedPrivateKeyInfo) parsed).getEncryptionAlgorithm());
            if (tooCostly != null) {
                throw CredentialFailures.jwtKeyUnreadable(where, tooCostly, null);
            }
        }
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
        } catch (Exception e) {
            // a wrong passphrase shows as a padding error, or as garbage that does not parse as a key
            throw encrypted ? CredentialFailures.jwtPassphraseWrong(where, e)
                    : CredentialFailures.jwtKeyUnreadable(where, CANNOT_READ, e);
        }
        throw CredentialFailures.jwtKeyUnreadable(where, "holds no private key", null);
    }

    /** Why deriving this scheme's key would stall the build (iterations or scrypt beyond bounds), or null. */
    private static String tooCostly(AlgorithmIdentifier scheme) {
        try {
            if (!scheme.getAlgorithm().equals(PKCSObjectIdentifiers.id_PBES2)) {
                // PBES1 and PKCS#12 PBE: SEQUENCE {salt, iterations}
                return PrivateKeys.tooManyIterations(PBEParameter.getInstance(scheme.getParameters())
                        .getIterationCount());
            }
            KeyDerivationFunc function = PBES2Parameters.getInstance(scheme.getParameters()).getKeyDerivationFunc();
            if (!function.getAlgorithm().equals(MiscObjectIdentifiers.id_scrypt)) {
                return PrivateKeys.tooManyIterations(PBKDF2Params.getInstance(function.getParameters())
                        .getIterationCount());
            }
            ScryptParams scrypt = ScryptParams.getInstance(function.getParameters());
            BigInteger n = scrypt.getCostParameter();
            BigInteger r = scrypt.getBlockSize();
            BigInteger p = scrypt.getParallelizationParameter();
            return n.multiply(r).compareTo(BigInteger.valueOf(MAX_SCRYPT_N_TIMES_R)) > 0
                    || p.compareTo(BigInteger.valueOf(MAX_SCRYPT_P)) > 0 ? "is encrypted with scrypt N=" + n + ", r=" + r
                    + ", p=" + p + ", more than this plugin runs (N*r at most " + MAX_SCRYPT_N_TIMES_R + ", p at most "
                    + MAX_SCRYPT_P + "; OpenSSL uses N=16384, r=8, p=1), so it was not decrypted" : null;
        } catch (RuntimeException malformed) {
            return null; // then decrypting it fails on its own
        }
    }
}
