package io.github.boxmaven.credential;

import io.github.boxmaven.credential.Secret;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;

/**
 * The signed JWT a Box app sends to {@code /oauth2/token}, by Box's rules: header
 * {@code alg}, {@code typ=JWT}, {@code kid}; claims {@code iss}, {@code sub}, {@code box_sub_type},
 * {@code aud}, a random {@code jti} and {@code exp} 30 s ahead. Signed with jose4j, as Box's own Java
 * SDK does.
 */
public final class JwtAssertion {
    /** Box checks {@code aud} against this exact value. */
    public static final String AUDIENCE = "https://api.box.com/oauth2/token";
    static final Duration LIFETIME = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private JwtAssertion() {}

    static Secret sign(String clientId, Subject subject, String publicKeyId, RSAPrivateKey key, JwtAlgorithm algorithm,
            Instant now) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(clientId);
        claims.setSubject(subject.id());
        claims.setClaim("box_sub_type", subject.type());
        claims.setAudience(AUDIENCE);
        claims.setJwtId(randomJti());
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(LIFETIME).getEpochSecond()));

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(algorithm.joseName());
        jws.setHeader("typ", "JWT");
        jws.setKeyIdHeaderValue(publicKeyId);
        try {
            return Secret.of(jws.getCompactSerialization());
        } catch (JoseException e) {
            throw new IllegalStateException("Signing the JWT assertion failed: " + e.getMessage(), e);
        }
    }

    /** 64 hex characters: inside Box's 16 to 128. */
    static String randomJti() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        StringBuilder hex = new StringBuilder(64);
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }
}
