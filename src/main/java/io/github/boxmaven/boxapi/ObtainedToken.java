package io.github.boxmaven.boxapi;

import io.github.boxmaven.base.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/** An access token the plugin obtained from {@code /oauth2/token}, with Box's {@code expires_in}. */
public final class ObtainedToken {
    public final Secret accessToken;
    public final Duration expiresIn;
    private final Instant obtainedAt;
    /**
     * What Box's {@code restricted_to} grants, {@code item_upload} or {@code item_upload folder 111} per entry; empty
     * when Box sent none (an app's token is not restricted, and an exchange's answer may leave it out).
     */
    public final List<String> restrictedTo;
    /** Box's request id of the answer, or null. */
    public final String requestId;

    public ObtainedToken(Secret accessToken, Duration expiresIn, Instant obtainedAt) {
        this(accessToken, expiresIn, obtainedAt, Collections.<String>emptyList(), null);
    }

    public ObtainedToken(Secret accessToken, Duration expiresIn, Instant obtainedAt, List<String> restrictedTo,
            String requestId) {
        this.accessToken = accessToken;
        this.expiresIn = expiresIn;
        this.obtainedAt = obtainedAt;
        this.restrictedTo = Collections.unmodifiableList(restrictedTo);
        this.requestId = requestId;
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
