package io.github.boxmaven.expiry;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.Instants;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.BoxRefusals;
import java.time.Duration;
import java.time.Instant;

/**
 * When a token stops working, and how the plugin knows it. Box has no way to ask a token how long it has left,
 * so it is either exact (the user said so, or the plugin obtained the token itself), an upper bound
 * (a developer token lives at most its lifetime after it was first seen), or unknown.
 */
public final class Expiry {
    /** How the expiry is known. */
    public enum Basis {
        /** {@code box.token.expiresAt}. */
        EXPIRES_AT("from box.token.expiresAt", true),
        /** {@code box.token.issuedAt} plus {@code box.token.lifetime}. */
        ISSUED_AT("from box.token.issuedAt", true),
        /** The plugin obtained the token from /oauth2/token and Box said {@code expires_in}. */
        OBTAINED("Box's expires_in when it issued the token", true),
        /** First seen by this machine's ledger plus the lifetime: the token cannot live longer. */
        FIRST_SEEN("first seen", false),
        /** Nothing is known. */
        UNKNOWN("unknown", false);

        private final String label;
        private final boolean exact;

        Basis(String label, boolean exact) {
            this.label = label;
            this.exact = exact;
        }

        public String label() {
            return label;
        }

        public boolean isExact() {
            return exact;
        }
    }

    private final Basis basis;
    private final Instant expiresAt;
    private final Instant firstSeen;
    private final Duration lifetime;

    private Expiry(Basis basis, Instant expiresAt, Instant firstSeen, Duration lifetime) {
        this.basis = basis;
        this.expiresAt = expiresAt;
        this.firstSeen = firstSeen;
        this.lifetime = lifetime;
    }

    public static Expiry exact(Basis basis, Instant expiresAt) {
        if (!basis.isExact()) {
            throw new IllegalArgumentException(basis + " is not exact");
        }
        return new Expiry(basis, expiresAt, null, null);
    }

    public static Expiry firstSeen(Instant firstSeen, Duration lifetime) {
        return new Expiry(Basis.FIRST_SEEN, firstSeen.plus(lifetime), firstSeen, lifetime);
    }

    public static Expiry unknown() {
        return new Expiry(Basis.UNKNOWN, null, null, null);
    }

    public Basis basis() {
        return basis;
    }

    /** The instant the token expires (exact) or expires at the latest (upper bound); null when unknown. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** When a first-seen expiry's token was first seen; null for the other bases. */
    public Instant firstSeenAt() {
        return firstSeen;
    }

    /** The lifetime a first-seen expiry adds to the sighting; null for the other bases. */
    public Duration lifetime() {
        return lifetime;
    }

    public boolean isKnown() {
        return basis != Basis.UNKNOWN;
    }

    public boolean isUpperBound() {
        return basis == Basis.FIRST_SEEN;
    }

    /** Time left at {@code now}; negative once passed. Only when known. */
    public Duration remaining(Instant now) {
        return Duration.between(now, expiresAt);
    }

    /**
     * For the success line: {@code expires in 35m (at 10:15:00Z, from box.token.expiresAt)}, {@code expires in
     * at most 42m (first seen 18m ago; Box does not tell when a token was issued)}.
     */
    public String describe(Instant now) {
        switch (basis) {
            case UNKNOWN:
                return "expiry unknown (the ledger is off; set box.token.expiresAt or box.token.issuedAt to check it)";
            case FIRST_SEEN:
                return "expires in at most " + Durations.format(remaining(now)) + " (first seen "
                        + ago(firstSeen, now) + "; Box does not tell when a token was issued)";
            default:
                return "expires in " + Durations.format(remaining(now)) + " (at " + Instants.format(expiresAt, now)
                        + ", " + basis.label() + ")";
        }
    }

    /** For failures: {@code 4m 10s (at 10:15:00Z, from box.token.expiresAt)} or {@code at most 2m (first seen 58m ago, ...)}. */
    public String describeRemaining(Instant now) {
        if (isUpperBound()) {
            return "at most " + Durations.format(remaining(now)) + " (first seen " + ago(firstSeen, now)
                    + " on this machine; a developer token lives " + Durations.format(lifetime) + ")";
        }
        return Durations.format(remaining(now)) + " (at " + Instants.format(expiresAt, now) + ", " + basis.label() + ")";
    }

    /**
     * For a 401, what the plugin knows beyond Box's bare "invalid": {@code it expired at 10:15:00Z (5m ago, from
     * box.token.expiresAt)}, or a note to add to the usual reasons; null when nothing is known.
     */
    public String rejectionDetail(Instant now) {
        if (!isKnown()) {
            return null;
        }
        if (isUpperBound()) {
            return "this machine first saw it " + ago(firstSeen, now) + ", and a developer token lives at most "
                    + Durations.format(lifetime);
        }
        if (remaining(now).isNegative()) {
            return "it expired at " + Instants.format(expiresAt, now) + " (" + ago(expiresAt, now) + ", "
                    + basis.label() + ")";
        }
        return basis.label() + " says it is valid until " + Instants.format(expiresAt, now)
                + ", so it was revoked or that time is wrong";
    }

    /** True when the token is known to have expired at {@code now}. */
    public boolean hasPassed(Instant now) {
        return isKnown() && !isUpperBound() && remaining(now).isNegative();
    }

    /**
     * {@code box.minValidity}: passes when the token will live at least {@code minimum}, or when its expiry is unknown; fails when it
     * will not, exactly or at most. A known expiry that has passed while Box still accepts the token
     * is a warning: the clock or the stated expiry is wrong.
     *
     * @param fix what to do when it fails, for this kind of credential
     */
    public void require(Duration minimum, Instant now, String source, String fix, CheckLog log)
            throws BoxCheckFailure {
        if (!isKnown()) {
            return;
        }
        if (hasPassed(now)) {
            log.warn("The Box token from " + source + " should have expired at " + Instants.format(expiresAt, now)
                    + " (" + basis.label() + "), but Box still accepts it: this machine's clock or that"
                    + " time is wrong.");
            return;
        }
        if (remaining(now).compareTo(minimum) < 0) {
            throw BoxRefusals.expiresTooSoon(source, describeRemaining(now), Durations.format(minimum), fix);
        }
    }

    private static String ago(Instant then, Instant now) {
        Duration ago = Duration.between(then, now);
        return ago.getSeconds() < 1 ? "just now" : Durations.format(ago) + " ago";
    }

    @Override
    public String toString() {
        return basis + (expiresAt == null ? "" : " " + expiresAt);
    }
}
