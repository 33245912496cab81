package io.github.boxmaven.credential;

import io.github.boxmaven.base.Instants;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.TokenEndpointClient;

import okhttp3.HttpUrl;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A token an earlier step of this build obtained and handed on in {@code box.tokenFile}: checked as it is,
 * instead of obtaining another, with the expiry recorded when it was handed on.
 */
public final class HandedOnToken implements Credential {
    private final Secret token;
    private final Path file;
    private final Instant handedOnAt;
    private final Instant expiresAt;
    private final String item;
    private final HttpUrl itemUrl;

    /** @param item {@code folder 111} and its URL for a token downscoped to one item; else null */
    public HandedOnToken(Secret token, Path file, Instant handedOnAt, Instant expiresAt, String item,
            HttpUrl itemUrl) {
        this.token = token;
        this.file = file;
        this.handedOnAt = handedOnAt;
        this.expiresAt = expiresAt;
        this.item = item;
        this.itemUrl = itemUrl;
    }

    @Override
    public String identity() {
        return "handed-on " + token.sha256Hex();
    }

    /** {@code box.tokenFile (handed on at 10:02:00Z)}. */
    @Override
    public String describe() {
        return "box.tokenFile (handed on at " + Instants.format(handedOnAt, Instant.now()) + ")";
    }

    @Override
    public AccessToken accessToken(TokenEndpointClient endpoint) {
        return AccessToken.handedOn(token, describe(), "handed on in box.tokenFile at " + Instants.format(handedOnAt,
                Instant.now()), expiresAt, item, itemUrl);
    }

    /** The plan that checks this token: no method obtains one, so nothing is written. */
    public AuthPlan plan() {
        return new AuthPlan(AuthMethod.TOKEN, "a token an earlier step handed on in box.tokenFile " + file
                + (item == null ? "" : ", for " + item), this, java.util.Collections.emptyList());
    }

    @Override
    public String toString() {
        return "HandedOnToken(" + file + ", token redacted)";
    }
}
