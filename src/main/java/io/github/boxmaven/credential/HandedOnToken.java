package io.github.boxmaven.credential;

import io.github.boxmaven.base.Instants;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.TokenEndpointClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;

/**
 * A token an earlier step of this build obtained and handed on in {@code box.tokenFile} for what this run asks:
 * checked as it is, instead of obtaining another, with the expiry recorded when it was handed on.
 */
final class HandedOnToken implements Credential {
    private final Secret token;
    private final Path file;
    private final Instant handedOnAt;
    private final Instant expiresAt;

    HandedOnToken(Secret token, Path file, Instant handedOnAt, Instant expiresAt) {
        this.token = token;
        this.file = file;
        this.handedOnAt = handedOnAt;
        this.expiresAt = expiresAt;
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
                Instant.now()), expiresAt);
    }

    /**
     * The plan that checks this token: no method obtains one, so nothing is written.
     *
     * @param item {@code folder 111}, the one item it is for; null for none
     * @param replacement the plan that obtains a fresh token when this one no longer passes; null for none
     */
    AuthPlan plan(String item, AuthPlan replacement) {
        return new AuthPlan(AuthMethod.TOKEN, "a token an earlier step handed on in box.tokenFile " + file
                + (item == null ? "" : ", for " + item), this, Collections.emptyList(), Collections.emptyList(),
                replacement);
    }

    @Override
    public String toString() {
        return "HandedOnToken(" + file + ", token redacted)";
    }
}
