package io.github.boxmaven.credential;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Secret;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.standin.JwtTestKeys;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;

/** Reading the Developer Console's JSON config and its keys; key pairs are generated here, none is committed. */
class JwtConfigAndKeysTest {
    static KeyPair keys;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() throws Exception {
        keys = JwtTestKeys.generate();
    }

    private static void assertSameKey(RSAPrivateKey key) {
        assertEquals(((RSAPrivateCrtKey) keys.getPrivate()).getPrivateExponent(), key.getPrivateExponent());
    }

    @Test
    void readsAnEncryptedPkcs8KeyWithItsPassphrase() throws Exception {
        String pem = JwtTestKeys.encryptedPkcs8(keys.getPrivate(), "pass phrase 1");
        assertTrue(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        assertSameKey(PrivateKeys.read(Secret.of(pem), Secret.of("pass phrase 1"), "f"));
    }

    @Test
    void readsPlainPkcs8AndPkcs1Keys() throws Exception {
        assertSameKey(PrivateKeys.read(Secret.of(JwtTestKeys.pkcs8(keys.getPrivate())), null, "f"));
        String pkcs1 = JwtTestKeys.pkcs1(keys.getPrivate());
        assertTrue(pkcs1.startsWith("-----BEGIN RSA PRIVATE KEY-----"), pkcs1);
        assertSameKey(PrivateKeys.read(Secret.of(pkcs1), null, "f"));
    }

    /** Decrypted with the JDK's own providers: no BouncyCastle provider is made for these. */
    @ParameterizedTest
    @CsvSource({
        "aes-256-cbc, hmacWithSHA256", "aes-256-cbc, hmacWithSHA1", "aes-256-cbc, hmacWithSHA512",
        "aes-192-cbc, hmacWithSHA256", "aes-128-cbc, hmacWithSHA256", "aes-128-cbc, hmacWithSHA1",
        "des3, hmacWithSHA256", "des3, hmacWithSHA1",
    })
    void readsEveryPbes2VariantOpenSslWrites(String cipher, String prf) throws Exception {
        String pem = JwtTestKeys.encryptedPkcs8(keys.getPrivate(), "pp " + cipher, cipher, prf);
        assertSameKey(PrivateKeys.read(Secret.of(pem), Secret.of("pp " + cipher), "f"));
        assertEquals(FailureKind.JWT_PASSPHRASE_WRONG, assertThrows(BoxCheckFailure.class,
                () -> PrivateKeys.read(Secret.of(pem), Secret.of("wrong"), "f")).kind());
    }

    /** What the openssl command writes, including what the JDK cannot decrypt (scrypt), through BouncyCastle's provider. */
    @ParameterizedTest
    @ValueSource(strings = {"-scrypt", "-v2 aes-256-cbc", "-v2 aes-256-cbc -v2prf hmacWithSHA384", "-v2 des3"})
    void readsWhatTheOpenSslCommandWrites(String options) throws Exception {
        String pem = JwtTestKeys.openssl(keys.getPrivate(), "pp", options.split(" "));
        assertTrue(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"), pem);
        assertSameKey(PrivateKeys.read(Secret.of(pem), Secret.of("pp"), "f"));
        assertEquals(FailureKind.JWT_PASSPHRASE_WRONG, assertThrows(BoxCheckFailure.class,
                () -> PrivateKeys.read(Secret.of(pem), Secret.of("wrong"), "f")).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DES-EDE3-CBC", "AES-256-CBC", "AES-128-CBC"})
    void readsOpenSslsLegacyEncryptedPem(String algorithm) throws Exception {
        String pem = JwtTestKeys.legacyEncryptedPem(keys.getPrivate(), "legacy pp", algorithm);
        assertTrue(pem.contains("Proc-Type: 4,ENCRYPTED") && pem.contains("DEK-Info: " + algorithm), pem);
        assertSameKey(PrivateKeys.read(Secret.of(pem), Secret.of("legacy pp"), "f"));
        assertEquals(FailureKind.JWT_PASSPHRASE_WRONG, assertThrows(BoxCheckFailure.class,
                () -> PrivateKeys.read(Secret.of(pem), Secret.of("wrong"), "f")).kind());
    }

    @Test
    void aWrongPassphraseIsNamedAsSuch() throws Exception {
        String pem = JwtTestKeys.encryptedPkcs8(keys.getPrivate(), "right");
        BoxCheckFailure e = assertThrows(BoxCheckFailure.class,
                () -> PrivateKeys.read(Secret.of(pem), Secret.of("wrongPASSPHRASEcanary"), "box.jwtConfig c.json"));
        assertEquals(FailureKind.JWT_PASSPHRASE_WRONG, e.kind());
        assertTrue(e.getMessage().startsWith("Cannot decrypt the private key in box.jwtConfig c.json: the passphrase is"
                + " wrong."), e.getMessage());
        assertFalse(e.getMessage().contains("canary"));
    }

    @Test
    void aMissingPassphraseNamesBothPlacesForIt() throws Exception {
        String pem = JwtTestKeys.encryptedPkcs8(keys.getPrivate(), "right");
        BoxCheckFailure e = assertThrows(BoxCheckFailure.class,
                () -> PrivateKeys.read(Secret.of(pem), null, "f"));
        assertEquals(FailureKind.JWT_PASSPHRASE_MISSING, e.kind());
        assertTrue(e.getMessage().contains("BOX_JWT_PASSPHRASE"), e.getMessage());
    }

    @Test
    void somethingThatIsNoKeyIsUnreadable() {
        BoxCheckFailure e = assertThrows(BoxCheckFailure.class,
                () -> PrivateKeys.read(Secret.of("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"), null, "f"));
        assertEquals(FailureKind.JWT_KEY_UNREADABLE, e.kind());
        assertEquals("The private key in f holds a CERTIFICATE, not a private key (expected -----BEGIN ENCRYPTED"
                + " PRIVATE KEY-----, -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----).\nUse the privateKey"
                + " exactly as the Developer Console wrote it into the app's JSON config.", e.getMessage());
        BoxCheckFailure empty = assertFailure(FailureKind.JWT_KEY_UNREADABLE,
                () -> PrivateKeys.read(Secret.of("not a pem at all"), null, "f"));
        assertTrue(empty.getMessage().startsWith("The private key in f holds no PEM block"), empty.getMessage());
    }

    /** Malformed armour is named, with the config file, and never a stack trace. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "missing end | has a -----BEGIN PRIVATE KEY----- line but no -----END PRIVATE KEY----- line",
        "bad base64 | has text between its BEGIN and END lines that is not Base64",
        "two blocks | holds more than one PEM block; keep only the private key",
        "empty | has nothing between its BEGIN and END lines",
        "not pkcs8 | holds a PRIVATE KEY that is not an RSA key in PKCS#8"})
    void malformedArmourIsAClearError(String damage, String problem) throws Exception {
        String pem = JwtTestKeys.pkcs8(keys.getPrivate());
        String damaged = damage.equals("missing end") ? pem.substring(0, pem.indexOf("-----END"))
                : damage.equals("bad base64") ? pem.replaceFirst("\n[A-Za-z0-9+/]{8}", "\n#%!*&^~@")
                : damage.equals("two blocks") ? pem + pem
                : damage.equals("empty") ? "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n"
                : "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        BoxCheckFailure e = assertFailure(FailureKind.JWT_KEY_UNREADABLE,
                () -> PrivateKeys.read(Secret.of(damaged), null, "box.jwtConfig /ci/config.json"));
        assertTrue(e.getMessage().startsWith("The private key in box.jwtConfig /ci/config.json " + problem + ".\n"),
                e.getMessage());
    }

    /** The JDK reads PKCS#8 alone: BouncyCastle's classes are not even loaded, which costs a build about 0.5 s. */
    @Test
    void pkcs8IsReadWithoutLoadingBouncyCastle() throws Exception {
        String pem = JwtTestKeys.encryptedPkcs8(keys.getPrivate(), "console pp", "aes-256-cbc", "hmacWithSHA256");
        try (Fresh loader = new Fresh()) {
            Class<?> secret = loader.loadClass("io.github.boxmaven.base.Secret");
            java.lang.reflect.Method of = secret.getMethod("of", String.class);
            loader.loadClass("io.github.boxmaven.credential.PrivateKeys").getMethod("read", secret, secret, String.class)
                    .invoke(null, of.invoke(null, pem), of.invoke(null, "console pp"), "f");
            assertEquals(null, loader.loaded("org.bouncycastle.openssl.PEMParser"));
            assertEquals(null, loader.loaded("io.github.boxmaven.credential.OpenSslKeys"));
            String pkcs1 = JwtTestKeys.pkcs1(keys.getPrivate());
            loader.loadClass("io.github.boxmaven.credential.PrivateKeys").getMethod("read", secret, secret, String.class)
                    .invoke(null, of.invoke(null, pkcs1), null, "f");
            assertTrue(loader.loaded("org.bouncycastle.openssl.PEMParser") != null, "PKCS#1 goes to BouncyCastle");
        }
    }

    /** The plugin's and BouncyCastle's classes, loaded anew: what a build's plugin class realm starts with. */
    private static final class Fresh extends java.net.URLClassLoader {
        Fresh() throws Exception {
            super(urls(), ClassLoader.getPlatformClassLoader());
        }

        private static java.net.URL[] urls() throws Exception {
            java.util.List<java.net.URL> urls = new java.util.ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                if (!entry.contains("test-classes")) {
                    urls.add(new java.io.File(entry).toURI().toURL());
                }
            }
            return urls.toArray(new java.net.URL[0]);
        }

        Class<?> loaded(String name) {
            return findLoadedClass(name);
        }
    }

    @Test
    void readsTheConsolesConfigFile() throws Exception {
        Path file = dir.resolve("123_abc_config.json");
        Files.write(file, JwtTestKeys.config("cid", "csecret", "kid9", JwtTestKeys.pkcs8(keys.getPrivate()), "pp", "777")
                .getBytes("UTF-8"));
        JwtAppConfig config = JwtAppConfig.read(file);
        assertEquals("cid", config.clientId);
        assertEquals("csecret", config.clientSecret.reveal());
        assertEquals("kid9", config.publicKeyId);
        assertEquals("pp", config.passphrase.reveal());
        assertEquals("777", config.enterpriseId);
        assertFalse(config.toString().contains("csecret"));
        assertSameKey(PrivateKeys.read(config.privateKeyPem, null, "f"));
    }

    @Test
    void badConfigFilesAreClearErrors() throws Exception {
        BoxCheckFailure missing = assertThrows(BoxCheckFailure.class,
                () -> JwtAppConfig.read(dir.resolve("nope.json")));
        assertEquals(FailureKind.JWT_CONFIG_UNREADABLE, missing.kind());
        assertTrue(missing.getMessage().startsWith("Cannot read box.jwtConfig "), missing.getMessage());

        Path notJson = dir.resolve("a.json");
        Files.write(notJson, "<xml/>".getBytes("UTF-8"));
        BoxCheckFailure wrongFormat = assertFailure(FailureKind.JWT_CONFIG_INVALID, () -> JwtAppConfig.read(notJson));
        assertTrue(wrongFormat.getMessage().contains("is not a Box app config"), wrongFormat.getMessage());

        Path noKey = dir.resolve("b.json");
        Files.write(noKey, "{\"boxAppSettings\":{\"clientID\":\"c\",\"clientSecret\":\"s\",\"appAuth\":{\"publicKeyID\":\"k\"}}}"
                .getBytes("UTF-8"));
        BoxCheckFailure partial = assertFailure(FailureKind.JWT_CONFIG_INVALID, () -> JwtAppConfig.read(noKey));
        assertTrue(partial.getMessage().contains("has no boxAppSettings.appAuth.privateKey"), partial.getMessage());

        Path huge = dir.resolve("c.json");
        Files.write(huge, new byte[256 * 1024 + 1]);
        BoxCheckFailure tooLarge = assertFailure(FailureKind.JWT_CONFIG_INVALID, () -> JwtAppConfig.read(huge));
        assertEquals("box.jwtConfig " + huge + " is larger than 256 KiB, far more than a Box app config.\nUse the JSON"
                + " file the Box Developer Console downloads for the app (Configuration > App Settings > Download as"
                + " JSON), unchanged.", tooLarge.getMessage());
    }

    /**
     * An encrypted key whose derivation would stall the build (2^31-1 PBKDF2 iterations take hours) is refused before
     * any of it runs: through the JDK (PBES2, PKCS#12 PBE) and through BouncyCastle (scrypt, which the JDK lacks).
     */
    @ParameterizedTest
    @ValueSource(strings = {"pbkdf2", "pkcs12", "scrypt"})
    void aKeyWhoseDerivationWouldStallTheBuildIsRefusedBeforeItRuns(String scheme) throws Exception {
        AlgorithmIdentifier algorithm;
        String problem;
        if (scheme.equals("pbkdf2")) {
            algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(
                    new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(new byte[16],
                            Integer.MAX_VALUE, 32, new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256,
                                    DERNull.INSTANCE))),
                    new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(new byte[16]))));
            problem = "is encrypted with 2147483647 key-derivation iterations, more than the 1000000 this plugin runs (OpenSSL"
                    + " uses 2048), so it was not decrypted";
        } else if (scheme.equals("pkcs12")) {
            algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
                    new PKCS12PBEParams(new byte[8], 1_000_001));
            problem = "is encrypted with 1000001 key-derivation iterations, more than the 1000000 this plugin runs (OpenSSL"
                    + " uses 2048), so it was not decrypted";
        } else {
            algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(
                    new KeyDerivationFunc(MiscObjectIdentifiers.id_scrypt, new ScryptParams(new byte[16], 1 << 20, 8,
                            1, 32)),
                    new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(new byte[16]))));
            problem = "is encrypted with scrypt N=1048576, r=8, p=1, more than this plugin runs (N*r at most 524288, p"
                    + " at most 16; OpenSSL uses N=16384, r=8, p=1), so it was not decrypted";
        }
        String pem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(
                new EncryptedPrivateKeyInfo(algorithm, new byte[1232]).getEncoded()) + "\n-----END ENCRYPTED PRIVATE KEY-----";
        BoxCheckFailure e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> assertFailure(
                FailureKind.JWT_KEY_UNREADABLE, () -> PrivateKeys.read(Secret.of(pem), Secret.of("pp"),
                        "box.jwtConfig app.json")));
        assertEquals("The private key in box.jwtConfig app.json " + problem + ".\nUse the privateKey exactly as the"
                + " Developer Console wrote it into the app's JSON config.", e.getMessage());
    }
}
