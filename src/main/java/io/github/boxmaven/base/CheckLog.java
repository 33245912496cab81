package io.github.boxmaven.base;

/** Where the plain-Java core reports progress; the mojo maps it onto Maven's log. No message holds a secret. */
public interface CheckLog {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A token the plugin was just issued, before anything could print it: for the CI to mask ({@code ::add-mask::}). */
    default void registerSecret(Secret token) {}
}
