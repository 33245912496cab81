package io.github.boxmaven.credential;

import com.google.gson.stream.JsonWriter;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.Subject;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * The JWT a Box app sends to {@code /oauth2/token}, by Box's rules ({@code kid}; {@code iss}, {@code sub},
 * {@code box_sub_type}, {@code aud}, a fresh {@code jti}, {@code exp} 30 s ahead), signed by the JDK (RFC 7515).
 */
public final class JwtAssertion {
    /** Box checks {@code aud} against this exact value. */
    public static final String AUDIENCE = "https://api.box.com/oauth2/token";
    static final Duration LIFETIME = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private JwtAssertion() {}

    /** @param jti unique among the assertions Box sees: 16 to 128 characters */
    static Secret sign(String clientId, Subject subject, String publicKeyId, RSAPrivateKey key, JwtAlgorithm algorithm,
            Instant now, String jti) {
        try {
            StringWriter header = new StringWriter();
            try (JsonWriter json = new JsonWriter(header)) {
                json.beginObject().name("alg").value(algorithm.name()).name("typ").value("JWT").name("kid")
                        .value(publicKeyId).endObject();
            }
            StringWriter claims = new StringWriter();
            try (JsonWriter json = new JsonWriter(claims)) {
                json.beginObject().name("iss").value(clientId).name("sub").value(subject.id).name("box_sub_type")
                        .value(subject.type).name("aud").value(AUDIENCE).name("jti").value(jti)
                        .name("exp").value(now.plus(LIFETIME).getEpochSecond()).endObject();
            }
            String signingInput = base64url(header.toString()) + "." + base64url(claims.toString());
            Signature signature = Signature.getInstance(algorithm.jdkName);
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return Secret.of(signingInput + "." + BASE64URL.encodeToString(signature.sign()));
        } catch (GeneralSecurityException | IOException e) {
            // every Java platform has SHA256withRSA, SHA384withRSA and SHA512withRSA; an RSA key was checked
            throw new IllegalStateException("Signing the JWT assertion failed: " + e, e);
        }
    }

    private static String base64url(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** 64 hex characters: inside Box's 16 to 128. */
    static String randomJti() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return String.format(Locale.ROOT, "%064x", new BigInteger(1, bytes));
    }
}
