package io.github.boxmaven.expiry;

import io.github.boxmaven.log.CheckLog;

import java.time.Instant;

/**
 * Decides how the expiry of a given token is known, first that applies: {@code box.token.expiresAt},
 * {@code box.token.issuedAt} + lifetime, then the first-seen ledger (an upper bound). Tokens the plugin
 * obtained itself carry their own exact expiry and do not come here.
 */
public final class ExpiryEstimator {
    private final ExpirySettings settings;
    private final TokenLedger ledger;

    public ExpiryEstimator(ExpirySettings settings, CheckLog log) {
        this.settings = settings;
        this.ledger = settings.ledger() == null ? null : new TokenLedger(settings.ledger(), settings.lifetime(), log);
    }

    /** What is known before asking Box, without writing anything: to explain a 401. */
    public Expiry beforeCheck(String tokenHash, Instant now) {
        Expiry stated = stated();
        if (stated != null) {
            return stated;
        }
        if (ledger == null) {
            return Expiry.unknown();
        }
        return ledger.firstSeen(tokenHash, now).map(seen -> Expiry.firstSeen(seen, settings.lifetime()))
                .orElse(Expiry.unknown());
    }

    /** What is known once Box accepted the token; records the first sighting in the ledger. */
    public Expiry afterAccepted(String tokenHash, Instant now) {
        Expiry stated = stated();
        if (stated != null) {
            return stated;
        }
        if (ledger == null) {
            return Expiry.unknown();
        }
        return Expiry.firstSeen(ledger.recordFirstSeen(tokenHash, now), settings.lifetime());
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
