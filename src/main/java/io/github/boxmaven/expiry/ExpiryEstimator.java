package io.github.boxmaven.expiry;

import io.github.boxmaven.base.CheckLog;
import java.time.Clock;

/** How a given token's expiry is known: {@code box.token.expiresAt}, else issuedAt + lifetime, else the ledger. */
public final class ExpiryEstimator {
    private final ExpirySettings settings;
    private final TokenLedger ledger;
    private final Clock clock;

    public ExpiryEstimator(ExpirySettings settings, CheckLog log, Clock clock) {
        this.settings = settings;
        this.ledger = settings.ledger == null ? null : new TokenLedger(settings.ledger, settings.lifetime, log);
        this.clock = clock;
    }

    /** What is known before Box answers, writing nothing: to explain a rejection. */
    public Expiry known(String tokenHash) {
        Expiry stated = stated();
        return stated != null ? stated : ledger.firstSeen(tokenHash, clock.instant())
                .map(seen -> Expiry.firstSeen(seen, settings.lifetime)).orElse(Expiry.unknown());
    }

    /** What is known once Box accepted the token: its first sighting is recorded in the ledger only then. */
    public Expiry accepted(String tokenHash) {
        Expiry stated = stated();
        return stated != null ? stated
                : Expiry.firstSeen(ledger.recordFirstSeen(tokenHash, clock.instant()), settings.lifetime);
    }

    /** {@code box.token.expiresAt}, else {@code box.token.issuedAt} + lifetime, else (nothing stated, no ledger) unknown. */
    private Expiry stated() {
        if (settings.expiresAt != null) {
            return Expiry.exact(Expiry.Basis.EXPIRES_AT, settings.expiresAt);
        }
        if (settings.issuedAt != null) {
            return Expiry.exact(Expiry.Basis.ISSUED_AT, settings.issuedAt.plus(settings.lifetime));
        }
        return ledger == null ? Expiry.unknown() : null;
    }
}
