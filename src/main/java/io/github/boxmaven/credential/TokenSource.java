package io.github.boxmaven.credential;

import io.github.boxmaven.failure.BoxCheckFailure;

import java.util.Optional;

/** One place a token may come from: a Maven property, a settings.xml server, an environment variable. */
public interface TokenSource {
    /** Where the token came from, for logs and messages: {@code settings.xml server 'box'}. */
    String description();

    /** How a user puts a token here, for the "no token found" message. */
    String howToSet();

    /** The raw value, empty when this place holds nothing. Only reading settings.xml can fail. */
    Optional<String> read() throws BoxCheckFailure;

    /** A warning to log when the token is taken from here, or {@code null}. */
    default String warningWhenUsed() {
        return null;
    }
}
