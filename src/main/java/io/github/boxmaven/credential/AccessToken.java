package io.github.boxmaven.credential;

import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.ObtainedToken;
import io.github.boxmaven.failure.Fixes;

import java.time.Instant;

/** The token the check sends to Box, where it came from, and, for a token Box issued, when it expires. */
public final class AccessToken {
    private final Secret value;
    private final String source;
    private final Instant expiresAt;
    private final String renewal;

    private AccessToken(Secret value, String source, Instant expiresAt, String renewal) {
        this.value = value;
        this.source = source;
        this.expiresAt = expiresAt;
        this.renewal = renewal;
    }

    /** A token the user gave: Box does not say when it expires. */
    static AccessToken given(Secret value, String source) {
        return new AccessToken(value, source, null, "Generate a new developer token ("
                + Fixes.GENERATE_DEVELOPER_TOKEN + ") and update " + source + ", or lower box.minValidity if the"
                + " stages after this check need less time.");
    }

    /** The verified token narrowed by token exchange to {@code downscope}; it expires by its own {@code expires_in}. */
    public static AccessToken downscoped(ObtainedToken token, String downscope) {
        return new AccessToken(token.accessToken(), "the token downscoped to " + downscope, token.expiresAt(),
                "Box issued the downscoped token for " + Durations.format(token.expiresIn()) + ", so it cannot serve a"
                + " longer stage: lower box.minValidity, or have the stage obtain its own token.");
    }

    /** A token the plugin obtained for an app; it expires by Box's {@code expires_in}. */
    static AccessToken obtained(ObtainedToken token, String app) {
        return new AccessToken(token.accessToken(), app, token.expiresAt(), "Box issues this app's tokens for "
                + Durations.format(token.expiresIn()) + ", so one token cannot serve a longer stage: lower"
                + " box.minValidity, or have the stage obtain its own token.");
    }

    public Secret value() {
        return value;
    }

    /** For messages: {@code environment variable BOX_TOKEN}, or the app that obtained it. */
    public String source() {
        return source;
    }

    /** When Box said the token expires (it issued it to the plugin); null for a given token, of which Box says nothing. */
    public Instant issuedExpiry() {
        return expiresAt;
    }

    /** {@code from environment variable BOX_TOKEN} or {@code obtained by Client Credentials Grant for ...}. */
    public String origin() {
        return (expiresAt != null ? "obtained by " : "from ") + source;
    }

    /** What to do when the token will not outlive {@code box.minValidity}. */
    public String renewal() {
        return renewal;
    }

    @Override
    public String toString() {
        return "AccessToken(" + origin() + ", token redacted)";
    }
}
