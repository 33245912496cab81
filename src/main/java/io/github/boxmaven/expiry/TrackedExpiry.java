package io.github.boxmaven.expiry;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * How a token's expiry is known while it is checked: what was known before Box answered (to explain a
 * 401), and what is known once Box accepted it (a first sighting is recorded only then).
 */
public final class TrackedExpiry {
    private final Expiry beforeCheck;
    private final Supplier<Expiry> recordAccepted;

    TrackedExpiry(Expiry beforeCheck, Supplier<Expiry> recordAccepted) {
        this.beforeCheck = beforeCheck;
        this.recordAccepted = recordAccepted;
    }

    /** A token Box issued to the plugin: exact, from Box's {@code expires_in}. */
    public static TrackedExpiry exact(Instant expiresAt) {
        Expiry expiry = Expiry.exact(Expiry.Basis.OBTAINED, expiresAt);
        return new TrackedExpiry(expiry, () -> expiry);
    }

    public Expiry beforeCheck() {
        return beforeCheck;
    }

    /** Call once, after Box accepted the token: records its first sighting in the ledger, and returns the expiry then known. */
    public Expiry recordAccepted() {
        return recordAccepted.get();
    }
}
