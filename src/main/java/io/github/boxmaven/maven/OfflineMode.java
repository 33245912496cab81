package io.github.boxmaven.maven;

import java.util.Locale;

/** {@code box.offline}: what the goal does under {@code mvn -o}. */
enum OfflineMode {
    /** No request; a warning that the token was not verified. */
    SKIP,
    /** The build fails. */
    FAIL;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
