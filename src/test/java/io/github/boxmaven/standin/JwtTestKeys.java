package io.github.boxmaven.standin;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.util.io.pem.PemObject;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;

/**
 * Key pairs and JWT app configs made at test time, so that no private key is ever committed. Used by
 * the unit tests, the JWT ITs' prebuild scripts and the benchmark ({@link #main}).
 */
public final class JwtTestKeys {
    private JwtTestKeys() {}

    public static KeyPair generate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** {@code -----BEGIN ENCRYPTED PRIVATE KEY-----}, PBES2 with AES-256, as the Developer Console writes it. */
    public static String encryptedPkcs8(PrivateKey key, String passphrase) throws Exception {
        OutputEncryptor encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider()).setPassword(passphrase.toCharArray()).build();
        return pem(new JcaPKCS8Generator(key, encryptor).generate());
    }

    /**
     * Encrypted PKCS#8 with PBES2, as OpenSSL writes it with {@code openssl pkcs8 -topk8 -v2 <cipher>
     * -v2prf <prf>}: cipher {@code aes-128-cbc}, {@code aes-192-cbc}, {@code aes-256-cbc} or {@code des3};
     * PRF {@code hmacWithSHA1}, {@code hmacWithSHA256} or {@code hmacWithSHA512}.
     */
    public static String encryptedPkcs8(PrivateKey key, String passphrase, String cipher, String prf) throws Exception {
        java.util.Map<String, org.bouncycastle.asn1.ASN1ObjectIdentifier> ciphers = java.util.Map.of(
                "aes-128-cbc", JcaPKCS8Generator.AES_128_CBC, "aes-192-cbc", JcaPKCS8Generator.AES_192_CBC,
                "aes-256-cbc", JcaPKCS8Generator.AES_256_CBC, "des3", JcaPKCS8Generator.DES3_CBC);
        java.util.Map<String, org.bouncycastle.asn1.x509.AlgorithmIdentifier> prfs = java.util.Map.of(
                "hmacWithSHA1", JcaPKCS8Generator.PRF_HMACSHA1,
                "hmacWithSHA256", JcaPKCS8Generator.PRF_HMACSHA256,
                "hmacWithSHA512", JcaPKCS8Generator.PRF_HMACSHA512);
        OutputEncryptor encryptor = new JceOpenSSLPKCS8EncryptorBuilder(ciphers.get(cipher)).setPRF(prfs.get(prf))
                .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                .setPassword(passphrase.toCharArray()).build();
        return pem(new JcaPKCS8Generator(key, encryptor).generate());
    }

    /** OpenSSL's legacy encrypted PEM ({@code Proc-Type: 4,ENCRYPTED}), e.g. {@code DES-EDE3-CBC} or {@code AES-256-CBC}. */
    public static String legacyEncryptedPem(PrivateKey key, String passphrase, String algorithm) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(key, new org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder(algorithm)
                    .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                    .build(passphrase.toCharArray()));
        }
        return out.toString();
    }

    /** The key as the {@code openssl} command encrypts it: {@code openssl pkcs8 -topk8 <options>}. */
    public static String openssl(PrivateKey key, String passphrase, String... options) throws Exception {
        File plain = File.createTempFile("plain", ".pem");
        try {
            Files.write(plain.toPath(), pkcs8(key).getBytes(StandardCharsets.US_ASCII));
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("openssl", "pkcs8", "-topk8",
                    "-in", plain.getPath(), "-passout", "pass:" + passphrase));
            command.addAll(java.util.Arrays.asList(options));
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            String pem = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (process.waitFor() != 0) {
                throw new IOException("openssl " + String.join(" ", options) + " failed: "
                        + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return pem;
        } finally {
            Files.deleteIfExists(plain.toPath());
        }
    }

    /** {@code -----BEGIN PRIVATE KEY-----}. */
    public static String pkcs8(PrivateKey key) throws Exception {
        return pem(new JcaPKCS8Generator(key, null).generate());
    }

    /** {@code -----BEGIN RSA PRIVATE KEY-----} (PKCS#1). */
    public static String pkcs1(PrivateKey key) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(key);
        }
        return out.toString();
    }

    private static String pem(PemObject object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    /** The app config JSON the Developer Console downloads. {@code passphrase} may be null (left out). */
    public static String config(String clientId, String clientSecret, String publicKeyId, String privateKeyPem,
            String passphrase, String enterpriseId) {
        return "{\n  \"boxAppSettings\": {\n    \"clientID\": \"" + clientId + "\",\n    \"clientSecret\": \""
                + clientSecret + "\",\n    \"appAuth\": {\n      \"publicKeyID\": \"" + publicKeyId + "\",\n"
                + "      \"privateKey\": \"" + privateKeyPem.replace("\r", "").replace("\n", "\\n") + "\""
                + (passphrase == null ? "" : ",\n      \"passphrase\": \"" + passphrase + "\"") + "\n    }\n  },\n"
                + "  \"enterpriseID\": \"" + enterpriseId + "\"\n}\n";
    }

    /**
     * For the ITs: makes a key pair, writes an app config with the encrypted key to {@code file}, and
     * registers the public key with the stand-in at {@code standInUrl}.
     */
    public static void writeConfigAndRegister(File file, String standInUrl, String publicKeyId, String passphrase)
            throws Exception {
        KeyPair keys = generate();
        Files.write(file.toPath(), config(BoxStandIn.JWT_CLIENT_ID, BoxStandIn.JWT_CLIENT_SECRET, publicKeyId,
                encryptedPkcs8(keys.getPrivate(), passphrase), passphrase, "777").getBytes(StandardCharsets.UTF_8));
        register(standInUrl, publicKeyId, keys);
    }

    /**
     * For the unit tests: makes a key pair, registers its public key with the stand-in at {@code standInUrl}, and
     * writes an app config with the plain PKCS#8 key and {@code enterpriseId} to {@code file}; returns the keys.
     */
    public static KeyPair standInConfig(java.nio.file.Path file, String standInUrl, String publicKeyId,
            String enterpriseId) throws Exception {
        KeyPair keys = generate();
        register(standInUrl, publicKeyId, keys);
        writeConfig(file, publicKeyId, keys, enterpriseId);
        return keys;
    }

    /** Writes the stand-in's JWT app config for {@code keys} and {@code enterpriseId} to {@code file}. */
    public static void writeConfig(java.nio.file.Path file, String publicKeyId, KeyPair keys, String enterpriseId)
            throws Exception {
        Files.write(file, config(BoxStandIn.JWT_CLIENT_ID, BoxStandIn.JWT_CLIENT_SECRET, publicKeyId,
                pkcs8(keys.getPrivate()), null, enterpriseId).getBytes(StandardCharsets.UTF_8));
    }

    public static void register(String standInUrl, String publicKeyId, KeyPair keys) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(standInUrl + "/__standin/jwt-keys").openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        String body = "kid=" + URLEncoder.encode(publicKeyId, "UTF-8") + "&publicKey="
                + URLEncoder.encode(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()), "UTF-8");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        if (connection.getResponseCode() != 204) {
            throw new IOException("stand-in refused the key: HTTP " + connection.getResponseCode());
        }
    }

    /**
     * {@code JwtTestKeys <config file> <stand-in URL> <public key id> <passphrase>}: writes an app config with a
     * fresh encrypted key and registers its public key with the stand-in (for the benchmark).
     */
    public static void main(String[] args) throws Exception {
        writeConfigAndRegister(new File(args[0]), args[1], args[2], args[3]);
    }
}
