package io.github.boxmaven.expiry;

import io.github.boxmaven.credential.ObtainedToken;

import java.util.function.Supplier;

/**
 * How a token's expiry is known while it is checked: what was known before Box answered (to explain a
 * 401), and what is known once Box accepted it (a first sighting is recorded only then).
 */
public final class TrackedExpiry {
    private final Expiry beforeCheck;
    private final Supplier<Expiry> onceAccepted;

    TrackedExpiry(Expiry beforeCheck, Supplier<Expiry> onceAccepted) {
        this.beforeCheck = beforeCheck;
        this.onceAccepted = onceAccepted;
    }

    /** An obtained token's: exact, from Box's {@code expires_in}. */
    public static TrackedExpiry exact(ObtainedToken token) {
        Expiry expiry = Expiry.exact(Expiry.Basis.OBTAINED, token.expiresAt());
        return new TrackedExpiry(expiry, () -> expiry);
    }

    public Expiry beforeCheck() {
        return beforeCheck;
    }

    /** Call once, after Box accepted the token. */
    public Expiry onceAccepted() {
        return onceAccepted.get();
    }
}
