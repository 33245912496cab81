package io.github.boxmaven.credential;

import io.github.boxmaven.boxapi.AccessToken;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.Subject;
import io.github.boxmaven.boxapi.TokenEndpointClient;
import io.github.boxmaven.failure.BoxCheckFailure;

/** What the check verifies: a token the user has, one handed on, or a Box app that obtains one. */
public interface Credential {
    /** Tells this credential apart, for one check per credential: never a secret, but its hash. */
    String identity();

    /** For messages: {@code environment variable BOX_TOKEN}, {@code Client Credentials Grant for enterprise 1 (...)}. */
    String describe();

    /** The app (client id) that obtains the token; null for a token the user has. */
    default String app() {
        return null;
    }

    /** Whom the token acts for, when the credential says; null for a token the user has. */
    default Subject subject() {
        return null;
    }

    /** The enterprise named before any request (a subject, a JWT config, a hand-off's record); null when none is. */
    default Subject enterprise() {
        Subject subject = subject();
        return subject != null && subject.type.equals("enterprise") ? subject : null;
    }

    /** The user, and enterprise, an earlier step verified the token for (a hand-off's record); else null. */
    default BoxUser verifiedFor() {
        return null;
    }

    /** The access token to verify: a given token as it is, an app's obtained from {@code /oauth2/token}. */
    AccessToken accessToken(TokenEndpointClient endpoint) throws BoxCheckFailure;
}
