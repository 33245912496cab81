package io.github.boxmaven.expiry;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.Instants;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.BoxRefusals;
import io.github.boxmaven.failure.Fixes;
import java.time.Duration;
import java.time.Instant;

/**
 * When a token stops working, and how that is known (Box cannot be asked): exactly (stated, or Box issued it to the
 * plugin), as an upper bound (a lifetime after it was first seen), or not at all.
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
        /** An earlier step obtained it and recorded Box's {@code expires_in} when it handed it on. */
        HANDED_ON("as recorded when it was handed on", true),
        /** First seen by this machine's ledger plus the lifetime: the token cannot live longer. */
        FIRST_SEEN("first seen", false),
        UNKNOWN("unknown", false);

        /** How a message says it is known: {@code from box.token.expiresAt}. */
        public final String label;
        public final boolean exact;

        Basis(String label, boolean exact) {
            this.label = label;
            this.exact = exact;
        }
    }

    public final Basis basis;
    /** The instant the token expires (exact) or expires at the latest (upper bound); null when unknown. */
    public final Instant expiresAt;
    private final Instant firstSeen;
    /** The lifetime a first-seen expiry adds to the sighting; null for the other bases. */
    public final Duration lifetime;
    /** Why the expiry is unknown, and how to know it; null when known. */
    private final String unknownBecause;

    private Expiry(Basis basis, Instant expiresAt, Instant firstSeen, Duration lifetime, String unknownBecause) {
        this.basis = basis;
        this.expiresAt = expiresAt;
        this.firstSeen = firstSeen;
        this.lifetime = lifetime;
        this.unknownBecause = unknownBecause;
    }

    public static Expiry exact(Basis basis, Instant expiresAt) {
        return new Expiry(basis, expiresAt, null, null, null);
    }

    public static Expiry firstSeen(Instant firstSeen, Duration lifetime) {
        return new Expiry(Basis.FIRST_SEEN, firstSeen.plus(lifetime), firstSeen, lifetime, null);
    }

    /** {@code because}: {@code the ledger is off}, said in the success line with how to state the expiry. */
    public static Expiry unknown(String because) {
        return new Expiry(Basis.UNKNOWN, null, null, null, because);
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

    /** For the success line: {@code expires in 35m (at 10:15:00Z, from box.token.expiresAt)}, or at most.... */
    public String describe(Instant now) {
        switch (basis) {
            case UNKNOWN:
                return "expiry unknown (" + unknownBecause + "; set box.token.expiresAt or box.token.issuedAt to check"
                        + " it)";
            case FIRST_SEEN:
                return "expires in at most " + Durations.format(remaining(now)) + " (first seen "
                        + ago(firstSeen, now) + "; Box does not tell when a token was issued)";
            default:
                return "expires in " + describeRemaining(now);
        }
    }

    /** For failures: {@code 4m 10s (at 10:15:00Z, from box.token.expiresAt)} or {@code at most 2m (first seen 58m ago, ...)}. */
    public String describeRemaining(Instant now) {
        if (isUpperBound()) {
            return "at most " + Durations.format(remaining(now)) + " (first seen " + ago(firstSeen, now)
                    + " on this machine; a developer token lives " + Durations.format(lifetime) + ")";
        }
        return Durations.format(remaining(now)) + " (at " + Instants.format(expiresAt, now) + ", " + basis.label + ")";
    }

    /** For a 401, what is known beyond Box's "invalid": {@code it expired at 10:15:00Z (...)}, or a note; or null. */
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
                    + basis.label + ")";
        }
        return basis.label + " says it is valid until " + Instants.format(expiresAt, now)
                + ", so it was revoked or that time is wrong";
    }

    /** True when the token is known to have expired at {@code now}. */
    public boolean hasPassed(Instant now) {
        return isKnown() && !isUpperBound() && remaining(now).isNegative();
    }

    /**
     * {@code box.minValidity}: fails, with {@code fix}, when the token will not live {@code minimum} (exactly or at
     * most); an expiry passed while Box accepts the token is a warning (the clock or the stated time is wrong).
     */
    public void require(Duration minimum, Instant now, String source, String fix, CheckLog log) throws BoxCheckFailure {
        if (hasPassed(now)) {
            log.warn("The Box token from " + source + " should have expired at " + Instants.format(expiresAt, now)
                    + " (" + basis.label + "), but Box still accepts it: this machine's clock or that"
                    + " time is wrong.");
        } else if (isKnown() && remaining(now).compareTo(minimum) < 0) {
            throw BoxRefusals.expiresTooSoon(source, describeRemaining(now), Durations.format(minimum), fix + restate());
        }
    }

    /** What to change besides the token: the stated expiry, or (by the ledger's bound) the token's real lifetime. */
    private String restate() {
        switch (basis) {
            case EXPIRES_AT:
                return " " + Fixes.restateExpiry("box.token.expiresAt");
            case ISSUED_AT:
                return " " + Fixes.restateExpiry("box.token.issuedAt");
            case FIRST_SEEN:
                return " " + Fixes.STATE_LIFETIME;
            default:
                return "";
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
