package io.github.boxmaven.base;

/** Where the plain-Java core reports progress; the mojo maps it onto Maven's log. Never given a secret. */
public interface CheckLog {
    void info(String message);

    void warn(String message);

    void debug(String message);

}
