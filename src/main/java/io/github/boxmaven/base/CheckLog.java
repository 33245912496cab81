package io.github.boxmaven.base;

/** Where the plain-Java core reports progress; the mojo maps it onto Maven's log. No message holds a secret. */
public interface CheckLog {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /**
     * A token the plugin was just issued (CCG, JWT, downscoped), before anything could print it: where the
     * CI masks secrets in its logs (GitHub Actions' {@code ::add-mask::}), it is registered there, so that a
     * later step that prints it shows {@code ***}. Nowhere else does the token go.
     */
    default void registerSecret(Secret token) {
    }

}
