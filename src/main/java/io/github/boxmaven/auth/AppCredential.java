package io.github.boxmaven.auth;

import io.github.boxmaven.failure.BoxCheckFailure;

import java.time.Instant;

/** A Box app's credentials, from which the plugin obtains an access token (CCG or JWT). */
public interface AppCredential {
    /** {@code Client Credentials Grant for enterprise 12345 (client id and secret from settings.xml server 'box')}. */
    String describe();

    ObtainedToken obtain(TokenEndpointClient endpoint, Instant now) throws BoxCheckFailure;
}
