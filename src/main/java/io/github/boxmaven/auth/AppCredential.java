package io.github.boxmaven.auth;

import io.github.boxmaven.failure.BoxCheckFailure;


/** A Box app's credentials, from which the plugin obtains an access token (CCG or JWT). */
public interface AppCredential {
    /** {@code Client Credentials Grant for enterprise 12345 (client id and secret from settings.xml server 'box')}. */
    String describe();

    /**
     * What tells this credential apart from every other, for the build's one-check-per-credential cache:
     * the method, the client id, a hash of the secret or of the JWT config file, and the subject. Never a
     * secret itself.
     */
    String identity();

    /** What of the credential goes to the token endpoint, for a warning: {@code the client secret}. */
    String sentToTokenEndpoint();

    ObtainedToken obtain(TokenEndpointClient endpoint) throws BoxCheckFailure;
}
