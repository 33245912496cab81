package io.github.boxmaven.credential;

import io.github.boxmaven.base.Instants;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.AccessToken;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.Subject;
import io.github.boxmaven.boxapi.TokenEndpointClient;
import java.nio.file.Path;
import java.time.Instant;

/** A token an earlier step handed on for what this run asks: checked as it is, expiring as recorded. */
final class HandedOnToken implements Credential {
    private final Secret token;
    private final Path file;
    private final Instant handedOnAt;
    private final Instant expiresAt;
    private final Instant now;
    private final BoxUser verifiedFor;

    /** {@code now}: when this run reads it, for messages; {@code verifiedFor} as recorded, or null. */
    HandedOnToken(Secret token, Path file, Instant handedOnAt, Instant expiresAt, Instant now, BoxUser verifiedFor) {
        this.token = token;
        this.file = file;
        this.handedOnAt = handedOnAt;
        this.expiresAt = expiresAt;
        this.now = now;
        this.verifiedFor = verifiedFor;
    }

    @Override
    public BoxUser verifiedFor() {
        return verifiedFor;
    }

    /** The enterprise the step that handed it on verified, known before any request. */
    @Override
    public Subject enterprise() {
        return verifiedFor == null || verifiedFor.enterprise == null ? null : Subject.enterprise(
                verifiedFor.enterprise.id, "The hand-off record of box.tokenFile " + file);
    }

    @Override
    public String identity() {
        return "handed-on " + token.sha256Hex();
    }

    /** {@code box.tokenFile (handed on at 10:02:00Z)}. */
    @Override
    public String describe() {
        return "box.tokenFile (handed on at " + Instants.format(handedOnAt, now) + ")";
    }

    @Override
    public AccessToken accessToken(TokenEndpointClient endpoint) {
        return AccessToken.handedOn(token, describe(), expiresAt);
    }

    @Override
    public String toString() {
        return "HandedOnToken(" + file + ", token redacted)";
    }
}
