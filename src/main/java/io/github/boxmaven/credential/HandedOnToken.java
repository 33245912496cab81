package io.github.boxmaven.credential;

import io.github.boxmaven.base.Instants;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.TokenEndpointClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;

/** A token an earlier step handed on for what this run asks: checked as it is, expiring as recorded. */
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
        return AccessToken.handedOn(token, describe(), expiresAt);
    }

    /** The plan that checks it (nothing is written); {@code item} and {@code replacement} may be null. */
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
