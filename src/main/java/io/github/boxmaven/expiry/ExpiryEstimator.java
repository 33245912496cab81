package io.github.boxmaven.expiry;

import io.github.boxmaven.base.CheckLog;

import java.time.Clock;
import java.time.Instant;

/**
 * Decides how the expiry of a given token is known, first that applies: {@code box.token.expiresAt},
 * {@code box.token.issuedAt} + lifetime, then the first-seen ledger (an upper bound). Tokens the plugin
 * obtained itself carry their own exact expiry and do not come here.
 */
public final class ExpiryEstimator {
    private final ExpirySettings settings;
    private final TokenLedger ledger;
    private final Clock clock;

    public ExpiryEstimator(ExpirySettings settings, CheckLog log, Clock clock) {
        this.settings = settings;
        this.ledger = settings.ledger() == null ? null : new TokenLedger(settings.ledger(), settings.lifetime(), log);
        this.clock = clock;
    }

    /**
     * Reads what is known now, without writing anything; once Box accepts the token, records its first
     * sighting (at this moment) in the ledger.
     */
    public TrackedExpiry track(String tokenHash) {
        Expiry stated = stated();
        if (stated != null) {
            return new TrackedExpiry(stated, () -> stated);
        }
        if (ledger == null) {
            return new TrackedExpiry(Expiry.unknown(), Expiry::unknown);
        }
        Instant seenAt = clock.instant();
        Expiry before = ledger.firstSeen(tokenHash, seenAt).map(seen -> Expiry.firstSeen(seen, settings.lifetime()))
                .orElse(Expiry.unknown());
        return new TrackedExpiry(before,
                () -> Expiry.firstSeen(ledger.recordFirstSeen(tokenHash, seenAt), settings.lifetime()));
    }

    private Expiry stated() {
        if (settings.expiresAt() != null) {
            return Expiry.exact(Expiry.Basis.EXPIRES_AT, settings.expiresAt());
        }
        if (settings.issuedAt() != null) {
            return Expiry.exact(Expiry.Basis.ISSUED_AT, settings.issuedAt().plus(settings.lifetime()));
        }
        return null;
    }
}
