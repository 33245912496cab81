package io.github.boxmaven.expiry;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Durations;
import java.time.Clock;
import java.time.Duration;
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
    private Optional<TokenLedger.Sighting> read = Optional.empty();

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
        return read.map(seen -> expiry(seen, false)).orElseGet(this::unknown);
    }

    /**
     * What is known once Box accepted the token: its first sighting is recorded only then, and a token Box accepts
     * after the lifetime is no developer token, its expiry unknown from then on. When the ledger cannot keep one, what
     * {@link #known} read stands; without that, the expiry is unknown, saying why.
     */
    public Expiry accepted(String tokenHash) {
        Expiry stated = stated();
        if (stated != null) {
            return stated;
        }
        Optional<TokenLedger.Sighting> kept = ledger.recordAccepted(tokenHash, clock.instant());
        return (kept.isPresent() ? kept : read).map(seen -> expiry(seen, true)).orElseGet(this::unknown);
    }

    /** The ledger's bound, or unknown once Box {@code accepted} the token after the lifetime (or did so before). */
    private Expiry expiry(TokenLedger.Sighting seen, boolean accepted) {
        Instant now = clock.instant();
        if (seen.outlived() || accepted && !seen.first.plus(settings.lifetime).isAfter(now)) {
            return Expiry.unknown("Box still accepts it " + Durations.format(Duration.between(seen.first, now))
                    + " after this machine first saw it, longer than a developer token lives (box.token.lifetime "
                    + Durations.format(settings.lifetime) + "), so it is not one");
        }
        return Expiry.firstSeen(seen.first, settings.lifetime);
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
