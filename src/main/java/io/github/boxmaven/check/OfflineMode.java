package io.github.boxmaven.check;

import java.util.Locale;

/** {@code box.offline}: what the check does under {@code mvn -o}. */
public enum OfflineMode {
    /** A WARNING that the token was not verified, and the build goes on. */
    SKIP,
    /** The build fails: it cannot be verified offline. */
    FAIL;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
