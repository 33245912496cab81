package io.github.boxmaven.boxapi;

import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxRefusals;
import io.github.boxmaven.failure.Fixes;
import java.time.Instant;

/** The token the check sends to Box: its kind, where it came from, when it expires, and what to do when it fails. */
public final class AccessToken {
    /** What kind of token it is: this decides how its expiry is known, whether the CI masks it, and every fix. */
    public enum Kind {
        /** A token the user gave: Box does not say when it expires. */
        GIVEN,
        /** Obtained by the plugin for an app (CCG, JWT): it expires by Box's {@code expires_in}. */
        OBTAINED,
        /** Handed on by an earlier step in {@code box.tokenFile}: it expires as recorded then. */
        HANDED_ON,
        /** The verified token narrowed by token exchange: it expires by its own {@code expires_in}. */
        DOWNSCOPED;

        /** Whether Box issued it to this run, so that no log may show it: the CI masks it. */
        public boolean issuedNow() {
            return this == OBTAINED || this == DOWNSCOPED;
        }
    }

    public final Kind kind;
    public final Secret value;
    /** For messages: {@code environment variable BOX_TOKEN}, or the app that obtained it. */
    public final String source;
    /** The source for the verdict: {@code from environment variable BOX_TOKEN}, {@code obtained by ...}. */
    public final String origin;
    /** When the token expires, known exactly; null for a given token. */
    public final Instant expiresAt;
    /** What to do when the token will not outlive {@code box.minValidity}. */
    public final String renewal;
    /** What to do when Box rejects it (401). */
    public final String whenRejected;

    private AccessToken(Kind kind, Secret value, String source, Instant expiresAt, String renewal,
            String whenRejected) {
        this.kind = kind;
        this.value = value;
        this.source = source;
        this.origin = (kind.issuedNow() ? "obtained by " : "from ") + source;
        this.expiresAt = expiresAt;
        this.renewal = renewal;
        this.whenRejected = whenRejected;
    }

    public static AccessToken given(Secret value, String source) {
        return new AccessToken(Kind.GIVEN, value, source, null, Fixes.renewGivenToken(source),
                Fixes.rejectedGivenToken(source));
    }

    public static AccessToken obtained(ObtainedToken token, String app) {
        return new AccessToken(Kind.OBTAINED, token.accessToken, app, token.expiresAt(),
                Fixes.appTokensTooShort(Durations.format(token.expiresIn)), Fixes.REJECTED_OBTAINED_TOKEN);
    }

    /** A token an earlier step obtained and handed on; its expiry was recorded then. */
    public static AccessToken handedOn(Secret value, String source, Instant expiresAt) {
        return new AccessToken(Kind.HANDED_ON, value, source, expiresAt, Fixes.RENEW_HANDED_ON_TOKEN,
                Fixes.RENEW_HANDED_ON_TOKEN);
    }

    /** The verified token narrowed to {@code downscope}. */
    public static AccessToken downscoped(ObtainedToken token, String downscope) {
        return new AccessToken(Kind.DOWNSCOPED, token.accessToken, "the token downscoped to " + downscope,
                token.expiresAt(), Fixes.downscopedTokenTooShort(Durations.format(token.expiresIn)),
                Fixes.REJECTED_OBTAINED_TOKEN);
    }

    /** What Box's 401 can mean for this kind of token, when Box does not say. */
    public String usualReasons() {
        return kind.issuedNow() ? BoxRefusals.ISSUED_NOW_REASONS
                : kind == Kind.GIVEN ? BoxRefusals.USUAL_REASONS : BoxRefusals.HANDED_ON_REASONS;
    }

    @Override
    public String toString() {
        return "AccessToken(" + origin + ", token redacted)";
    }
}
