package io.github.boxmaven.base;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;

/**
 * A token, client secret or passphrase. {@link #toString()} never shows it; {@link #reveal()} is called only where the
 * secret itself must go: a request, the private key and its decryption, box.tokenFile, the CI's mask.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The secret itself, never for a log or message. */
    public String reveal() {
        return value;
    }

    /** Whether it is empty or only white space, and so no secret at all. */
    public boolean isBlank() {
        return value.trim().isEmpty();
    }

    /** SHA-256 of the secret in lower-case hex: identifies it without disclosing it. */
    public String sha256Hex() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return String.format(Locale.ROOT, "%064x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "Secret(redacted)";
    }
}
