package io.github.boxmaven.check;

/** Where the plain-Java core reports progress; the mojo maps it onto Maven's log. Never given a secret. */
public interface CheckLog {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A log that drops everything, for callers that do not want output. */
    CheckLog SILENT = new CheckLog() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void debug(String message) {}
    };
}
