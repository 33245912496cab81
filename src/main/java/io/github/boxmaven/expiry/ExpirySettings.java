package io.github.boxmaven.expiry;

import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.Instants;
import io.github.boxmaven.failure.ConfigurationFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** What the user said about the token's expiry, validated. */
public final class ExpirySettings {
    public static final String LEDGER_OFF = "off";

    public final Duration minValidity;
    /** Null when not given. */
    public final Instant expiresAt;
    /** Null when not given. */
    public final Instant issuedAt;
    public final Duration lifetime;
    /** Null when the ledger is off. */
    public final Path ledger;

    public ExpirySettings(Duration minValidity, Instant expiresAt, Instant issuedAt, Duration lifetime, Path ledger) {
        this.minValidity = minValidity;
        this.expiresAt = expiresAt;
        this.issuedAt = issuedAt;
        this.lifetime = lifetime;
        this.ledger = ledger;
    }

    /** @param ledger the ledger file, already resolved against the project; null when {@code box.ledger=off} */
    public static ExpirySettings of(String minValidity, String expiresAt, String issuedAt, String lifetime, Path ledger)
            throws ConfigurationFailure {
        return new ExpirySettings(Durations.parse("box.minValidity", minValidity), Instants.parseOptional(
                "box.token.expiresAt", expiresAt), Instants.parseOptional("box.token.issuedAt", issuedAt),
                Durations.parsePositive("box.token.lifetime", lifetime), ledger);
    }

    @Override
    public String toString() {
        return "minValidity=" + minValidity + " expiresAt=" + expiresAt + " issuedAt=" + issuedAt + " lifetime=" + lifetime
                + " ledger=" + ledger;
    }
}
