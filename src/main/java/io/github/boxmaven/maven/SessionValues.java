package io.github.boxmaven.maven;

import org.eclipse.aether.SessionData;

import java.util.function.Supplier;

/**
 * Values kept for one build in the repository session's data: they live exactly as long as the
 * build, also under the Maven Daemon, which keeps plugin class loaders (and so any static field)
 * alive across builds. {@code SessionData.computeIfAbsent} would do, but Maven 3.6's resolver lacks it.
 */
final class SessionValues {
    private SessionValues() {}

    /** The value under {@code key}; the first caller's {@code created} when none is there yet, also under races. */
    @SuppressWarnings("unchecked")
    static <T> T getOrPut(SessionData data, String key, Supplier<T> created) {
        Object existing = data.get(key);
        if (existing == null) {
            data.set(key, null, created.get());
            existing = data.get(key);
        }
        return (T) existing;
    }
}
