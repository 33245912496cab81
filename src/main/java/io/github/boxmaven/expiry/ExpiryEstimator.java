package io.github.boxmaven.expiry;

import io.github.boxmaven.base.CheckLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * How a given token's expiry is known: {@code box.token.expiresAt}, else issuedAt + lifetime, else the ledger's first
 * sighting, which is what the ledger read or keeps, never a sighting made up when it can do neither.
 */
public final class ExpiryEstimator {
    private final ExpirySettings settings;
    private final TokenLedger ledger;
    private final Clock clock;
    private Optional<Instant> read = Optional.empty();

    public ExpiryEstimator(ExpirySettings settings, CheckLog log, Clock clock) {
        this.settings = settings;
        this.ledger = settings.ledger == null ? null : new TokenLedger(settings.ledger, settings.lifetime, log);
        this.clock = clock;
    }

    /** What is known before Box answers, writing nothing: to explain a rejection. */
    public Expiry known(String tokenHash) {
        Expiry stated = stated();
        if (stated != null) {
            return stated;
        }
        read = ledger.firstSeen(tokenHash, clock.instant());
        return read.map(this::firstSeen).orElseGet(this::unknown);
    }

    /**
     * What is known once Box accepted the token: its first sighting is recorded only then. When the ledger cannot keep
     * one, what {@link #known} read stands; without that, the expiry is unknown, saying why.
     */
    public Expiry accepted(String tokenHash) {
        Expiry stated = stated();
        if (stated != null) {
            return stated;
        }
        Optional<Instant> kept = ledger.recordFirstSeen(tokenHash, clock.instant());
        return kept.isPresent() ? firstSeen(kept.get()) : read.map(this::firstSeen).orElseGet(this::unknown);
    }

    private Expiry firstSeen(Instant seen) {
        return Expiry.firstSeen(seen, settings.lifetime);
    }

    private Expiry unknown() {
        return Expiry.unknown(ledger.problem() == null ? "this machine has not seen the token before"
                : "the first-seen ledger " + ledger.file + " " + ledger.problem());
    }

    /** {@code box.token.expiresAt}, else {@code box.token.issuedAt} + lifetime, else (no ledger) unknown; else null. */
    private Expiry stated() {
        if (settings.expiresAt != null) {
            return Expiry.exact(Expiry.Basis.EXPIRES_AT, settings.expiresAt);
        }
        if (settings.issuedAt != null) {
            return Expiry.exact(Expiry.Basis.ISSUED_AT, settings.issuedAt.plus(settings.lifetime));
        }
        return ledger == null ? Expiry.unknown("the ledger is off") : null;
    }
}
