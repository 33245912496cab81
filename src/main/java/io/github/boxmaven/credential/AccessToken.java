package io.github.boxmaven.credential;

import io.github.boxmaven.check.Durations;
import io.github.boxmaven.expiry.TrackedExpiry;
import io.github.boxmaven.failure.Fixes;

/** The token the check sends to Box, where it came from, and how its expiry is known. */
public final class AccessToken {
    private final Secret value;
    private final String source;
    private final boolean obtained;
    private final TrackedExpiry expiry;
    private final String renewal;

    private AccessToken(Secret value, String source, boolean obtained, TrackedExpiry expiry, String renewal) {
        this.value = value;
        this.source = source;
        this.obtained = obtained;
        this.expiry = expiry;
        this.renewal = renewal;
    }

    /** A token the user gave; its expiry is what they said, or the first-seen ledger's bound. */
    static AccessToken given(Secret value, String source, TrackedExpiry expiry) {
        return new AccessToken(value, source, false, expiry, "Generate a new developer token ("
                + Fixes.GENERATE_DEVELOPER_TOKEN + ") and update " + source + ", or lower box.minValidity if the"
                + " stages after this check need less time.");
    }

    /** The verified token narrowed by token exchange to {@code downscope}; its expiry is its own {@code expires_in}. */
    public static AccessToken downscoped(ObtainedToken token, String downscope) {
        return new AccessToken(token.accessToken(), "the token downscoped to " + downscope, true,
                TrackedExpiry.exact(token), "Box issued the downscoped token for " + Durations.format(token.expiresIn())
                + ", so it cannot serve a longer stage: lower box.minValidity, or have the stage obtain its own token.");
    }

    /** A token the plugin obtained for an app; its expiry is Box's {@code expires_in}. */
    static AccessToken obtained(ObtainedToken token, String app) {
        return new AccessToken(token.accessToken(), app, true, TrackedExpiry.exact(token), "Box issues this app's"
                + " tokens for " + Durations.format(token.expiresIn()) + ", so one token cannot serve a longer stage:"
                + " lower box.minValidity, or have the stage obtain its own token.");
    }

    public Secret value() {
        return value;
    }

    /** For messages: {@code environment variable BOX_TOKEN}, or the app that obtained it. */
    public String source() {
        return source;
    }

    /** True for a token the plugin obtained (CCG, JWT, token exchange): only such a token is handed on in {@code box.tokenFile}. */
    public boolean isObtained() {
        return obtained;
    }

    /** {@code from environment variable BOX_TOKEN} or {@code obtained by Client Credentials Grant for ...}. */
    public String origin() {
        return (obtained ? "obtained by " : "from ") + source;
    }

    public TrackedExpiry expiry() {
        return expiry;
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
