package io.github.boxmaven.credential;

import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.ObtainedToken;
import io.github.boxmaven.failure.Fixes;

import okhttp3.HttpUrl;

import java.time.Instant;

/**
 * The token the check sends to Box, where it came from, when it expires when that is known exactly (a token
 * Box issued to the plugin), and the one item it is for when it was downscoped to one.
 */
public final class AccessToken {
    private final Secret value;
    private final String source;
    private final String origin;
    private final Instant expiresAt;
    private final String renewal;
    private final String item;
    private final HttpUrl itemUrl;

    private AccessToken(Secret value, String source, String origin, Instant expiresAt, String renewal, String item,
            HttpUrl itemUrl) {
        this.value = value;
        this.source = source;
        this.origin = origin;
        this.expiresAt = expiresAt;
        this.renewal = renewal;
        this.item = item;
        this.itemUrl = itemUrl;
    }

    /** A token the user gave: Box does not say when it expires. */
    static AccessToken given(Secret value, String source) {
        return new AccessToken(value, source, "from " + source, null, "Generate a new developer token ("
                + Fixes.GENERATE_DEVELOPER_TOKEN + ") and update " + source + ", or lower box.minValidity if the"
                + " stages after this check need less time.", null, null);
    }

    /**
     * The verified token narrowed by token exchange to {@code downscope}; it expires by its own {@code expires_in}.
     *
     * @param item {@code folder 111} and its URL, when the token is for one item; else null
     */
    public static AccessToken downscoped(ObtainedToken token, String downscope, String item, HttpUrl itemUrl) {
        String source = "the token downscoped to " + downscope;
        return new AccessToken(token.accessToken(), source, "obtained by " + source, token.expiresAt(),
                "Box issued the downscoped token for " + Durations.format(token.expiresIn()) + ", so it cannot serve a"
                + " longer stage: lower box.minValidity, or have the stage obtain its own token.", item, itemUrl);
    }

    /** A token the plugin obtained for an app; it expires by Box's {@code expires_in}. */
    static AccessToken obtained(ObtainedToken token, String app) {
        return new AccessToken(token.accessToken(), app, "obtained by " + app, token.expiresAt(), "Box issues this app's"
                + " tokens for " + Durations.format(token.expiresIn()) + ", so one token cannot serve a longer stage:"
                + " lower box.minValidity, or have the stage obtain its own token.", null, null);
    }

    /** A token an earlier step of this build obtained and handed on; its expiry was recorded then. */
    static AccessToken handedOn(Secret value, String source, String origin, Instant expiresAt, String item,
            HttpUrl itemUrl) {
        return new AccessToken(value, source, origin, expiresAt, "Run the step that obtains the token again, or give"
                + " this step the app's credentials so that it obtains a fresh one.", item, itemUrl);
    }

    public Secret value() {
        return value;
    }

    /** For messages: {@code environment variable BOX_TOKEN}, or the app that obtained it. */
    public String source() {
        return source;
    }

    /** When the token expires, known exactly (Box issued it to the plugin); null for a given token. */
    public Instant issuedExpiry() {
        return expiresAt;
    }

    /** {@code from environment variable BOX_TOKEN} or {@code obtained by Client Credentials Grant for ...}. */
    public String origin() {
        return origin;
    }

    /** What to do when the token will not outlive {@code box.minValidity}. */
    public String renewal() {
        return renewal;
    }

    /** {@code folder 111}, the one item a downscoped token is for; null when it is not for one item. */
    public String item() {
        return item;
    }

    /** The API URL of {@link #item()}, on which such a token is checked instead of {@code /users/me}; or null. */
    public HttpUrl itemUrl() {
        return itemUrl;
    }

    @Override
    public String toString() {
        return "AccessToken(" + origin + ", token redacted)";
    }
}
