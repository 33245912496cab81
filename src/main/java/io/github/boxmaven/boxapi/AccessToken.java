package io.github.boxmaven.credential;

import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.ObtainedToken;
import io.github.boxmaven.failure.Fixes;
import java.time.Instant;

/** The token the check sends to Box, where it came from, and when it expires, if Box issued it to the plugin. */
public final class AccessToken {
    public final Secret value;
    /** For messages: {@code environment variable BOX_TOKEN}, or the app that obtained it. */
    public final String source;
    /** The source for the verdict: {@code from environment variable BOX_TOKEN}, {@code obtained by ...}. */
    public final String origin;
    /** When the token expires, known exactly (Box issued it to the plugin); null for a given token. */
    public final Instant expiresAt;
    /** What to do when the token will not outlive {@code box.minValidity}. */
    public final String renewal;

    private AccessToken(Secret value, String source, boolean obtained, Instant expiresAt, String renewal) {
        this.value = value;
        this.source = source;
        this.origin = (obtained ? "obtained by " : "from ") + source;
        this.expiresAt = expiresAt;
        this.renewal = renewal;
    }

    /** A token the user gave: Box does not say when it expires. */
    static AccessToken given(Secret value, String source) {
        return new AccessToken(value, source, false, null, Fixes.renewGivenToken(source));
    }

    /** The verified token narrowed by token exchange to {@code downscope}; it expires by its own {@code expires_in}. */
    public static AccessToken downscoped(ObtainedToken token, String downscope) {
        String source = "the token downscoped to " + downscope;
        return new AccessToken(token.accessToken, source, true, token.expiresAt(),
                Fixes.downscopedTokenTooShort(Durations.format(token.expiresIn)));
    }

    /** A token the plugin obtained for an app; it expires by Box's {@code expires_in}. */
    static AccessToken obtained(ObtainedToken token, String app) {
        return new AccessToken(token.accessToken, app, true, token.expiresAt(),
                Fixes.appTokensTooShort(Durations.format(token.expiresIn)));
    }

    /** A token an earlier step of this build obtained and handed on; its expiry was recorded then. */
    static AccessToken handedOn(Secret value, String source, Instant expiresAt) {
        return new AccessToken(value, source, false, expiresAt, Fixes.RENEW_HANDED_ON_TOKEN);
    }

    @Override
    public String toString() {
        return "AccessToken(" + origin + ", token redacted)";
    }
}
