package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;

/** A Box app's client id and secret, and where they came from: for CCG, and for revoking a token. */
public final class AppClient {
    private final String id;
    private final Secret secret;
    private final String source;
    private final boolean secretFromProperties;

    AppClient(String id, Secret secret, String source, boolean secretFromProperties) {
        this.id = id;
        this.secret = secret;
        this.source = source;
        this.secretFromProperties = secretFromProperties;
    }

    public String id() {
        return id;
    }

    public Secret secret() {
        return secret;
    }

    /** e.g. {@code settings.xml server 'box'}. */
    public String source() {
        return source;
    }

    /** True when the secret came from a Maven property (box.clientSecret). */
    boolean secretFromProperties() {
        return secretFromProperties;
    }

    @Override
    public String toString() {
        return "AppClient(" + id + " from " + source + ", secret redacted)";
    }
}
