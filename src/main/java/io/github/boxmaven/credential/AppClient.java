package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;

/** A Box app's client id and secret, and where they came from: for CCG, and for revoking a token. */
public final class AppClient {
    public final String id;
    public final Secret secret;
    /** e.g. {@code settings.xml server 'box'}. */
    public final String source;
    /** True when the secret came from a Maven property (box.clientSecret). */
    final boolean secretFromProperties;

    AppClient(String id, Secret secret, String source, boolean secretFromProperties) {
        this.id = id;
        this.secret = secret;
        this.source = source;
        this.secretFromProperties = secretFromProperties;
    }

    @Override
    public String toString() {
        return "AppClient(" + id + " from " + source + ", secret redacted)";
    }
}
