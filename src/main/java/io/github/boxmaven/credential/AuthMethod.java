package io.github.boxmaven.credential;

import java.util.Locale;

/** {@code box.auth}: how the check gets its token. */
public enum AuthMethod {
    /** JWT when {@code box.jwtConfig} is set; CCG when a client id, a secret and a subject are; else a token. */
    AUTO,
    /** A token the user has. */
    TOKEN,
    /** The Client Credentials Grant. */
    CCG,
    /** JWT server authentication. */
    JWT;

    /** True for the methods that obtain a token from {@code /oauth2/token} with the app's credentials. */
    public boolean obtainsToken() {
        return this == CCG || this == JWT;
    }

    /** As users write it: {@code auto}, {@code token}, {@code ccg}, {@code jwt}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
