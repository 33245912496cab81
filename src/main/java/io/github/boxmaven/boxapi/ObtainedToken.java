package io.github.boxmaven.boxapi;

import io.github.boxmaven.base.Secret;
import java.time.Duration;
import java.time.Instant;

/** An access token the plugin obtained from {@code /oauth2/token}, with Box's {@code expires_in}. */
public final class ObtainedToken {
    public final Secret accessToken;
    public final Duration expiresIn;
    private final Instant obtainedAt;

    public ObtainedToken(Secret accessToken, Duration expiresIn, Instant obtainedAt) {
        this.accessToken = accessToken;
        this.expiresIn = expiresIn;
        this.obtainedAt = obtainedAt;
    }

    /** Measured before the request was sent, so that the expiry errs on the early side. */
    public Instant expiresAt() {
        return obtainedAt.plus(expiresIn);
    }

    @Override
    public String toString() {
        return "ObtainedToken(expires_in=" + expiresIn.getSeconds() + "s, token redacted)";
    }
}
