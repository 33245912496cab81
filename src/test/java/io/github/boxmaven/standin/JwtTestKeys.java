package io.github.boxmaven.standin;

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
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Key pairs and JWT app configs made at test time, so that no private key is ever committed. Used by
 * the unit tests and by the JWT ITs' prebuild scripts.
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
}
