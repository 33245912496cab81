package io.github.boxmaven.credential;

import io.github.boxmaven.boxapi.TokenEndpointClient;
import io.github.boxmaven.expiry.ExpiryEstimator;

/** A token the user has (a developer token, or one a script obtained), found in one of the token sources. */
public final class GivenToken implements Credential {
    private final Secret token;
    private final TokenSource source;

    GivenToken(Secret token, TokenSource source) {
        this.token = token;
        this.source = source;
    }

    @Override
    public String identity() {
        return "token " + token.sha256Hex();
    }

    @Override
    public String describe() {
        return source.description();
    }

    /** The token itself: for the Authorization header only. */
    Secret token() {
        return token;
    }

    /** A warning to log when this token is used (it came from the command line), or null. */
    String warning() {
        return source.warningWhenUsed();
    }

    @Override
    public AccessToken accessToken(TokenEndpointClient endpoint, ExpiryEstimator estimator) {
        return AccessToken.given(token, describe(), estimator.track(token.sha256Hex()));
    }

    @Override
    public String toString() {
        return "GivenToken(from " + describe() + ", token redacted)";
    }
}
