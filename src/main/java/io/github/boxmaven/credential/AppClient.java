package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;

/** A Box app's client id and secret, and where they came from: for CCG, and for revoking a token. */
public final class AppClient {
    public final String id;
    public final Secret secret;
    /** e.g. {@code settings.xml server 'box'}. */
    public final String source;
    /** What to warn about when the secret is used (given on the command line, written in a pom), or null. */
    final String warning;

    AppClient(String id, Secret secret, String source, String warning) {
        this.id = id;
        this.secret = secret;
        this.source = source;
        this.warning = warning;
    }

    @Override
    public String toString() {
        return "AppClient(" + id + " from " + source + ", secret redacted)";
    }
}
