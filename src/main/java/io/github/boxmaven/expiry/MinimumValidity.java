package io.github.boxmaven.expiry;

import io.github.boxmaven.failure.TokenExpiresTooSoon;
import io.github.boxmaven.check.CheckLog;
import io.github.boxmaven.check.Durations;
import io.github.boxmaven.check.Instants;

import java.time.Duration;
import java.time.Instant;

/** {@code box.minValidity}: the least time a token must stay valid after the check. */
public final class MinimumValidity {
    private final Duration minimum;

    public MinimumValidity(Duration minimum) {
        this.minimum = minimum;
    }

    /**
     * Passes when the token will live at least the minimum, or when its expiry is unknown; fails when it
     * will not, exactly or at most. A known expiry that has passed while Box still accepts the token
     * is a warning: the clock or the stated expiry is wrong.
     *
     * @param fix what to do when it fails, for this kind of credential
     */
    public void require(Expiry expiry, Instant now, String source, String fix, CheckLog log) throws TokenExpiresTooSoon {
        if (!expiry.isKnown()) {
            return;
        }
        if (expiry.hasPassed(now)) {
            log.warn("The Box token from " + source + " should have expired at " + Instants.format(expiry.expiresAt(), now)
                    + " (" + expiry.basis().label() + "), but Box still accepts it: this machine's clock or that"
                    + " time is wrong.");
            return;
        }
        if (expiry.remaining(now).compareTo(minimum) < 0) {
            throw new TokenExpiresTooSoon(source, expiry.describeRemaining(now), Durations.format(minimum), fix);
        }
    }
}
