package io.github.boxmaven.auth;

import io.github.boxmaven.credential.Secret;

/** A Box app's client id and secret, and where they came from. */
public final class ClientCredentials {
    private final String clientId;
    private final Secret clientSecret;
    private final String source;

    public ClientCredentials(String clientId, Secret clientSecret, String source) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.source = source;
    }

    public String clientId() {
        return clientId;
    }

    public Secret clientSecret() {
        return clientSecret;
    }

    /** e.g. {@code settings.xml server 'box'}. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "ClientCredentials(" + clientId + " from " + source + ", secret redacted)";
    }
}
