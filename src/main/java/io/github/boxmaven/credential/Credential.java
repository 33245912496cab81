package io.github.boxmaven.credential;

import io.github.boxmaven.boxapi.Subject;
import io.github.boxmaven.boxapi.TokenEndpointClient;
import io.github.boxmaven.failure.BoxCheckFailure;

/**
 * What the check verifies: a token the user has ({@link GivenToken}), or a Box app that obtains one
 * ({@link ClientCredentialsGrant}, {@link JwtServerAuth}).
 */
public interface Credential {
    /**
     * Tells this credential apart from every other, for the build's one check per credential: the
     * method and what identifies it (a hash of the token or secret, the client id, the subject), never a
     * secret itself.
     */
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

    /** The access token to verify: a given token as it is, an app's obtained from {@code /oauth2/token}. */
    AccessToken accessToken(TokenEndpointClient endpoint) throws BoxCheckFailure;
}
