package io.github.boxmaven.check;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Secret;

import java.util.ArrayList;
import java.util.List;

/** Keeps every line logged, with its level, for assertions. */
public final class RecordingLog implements CheckLog {
    public final List<String> lines = new ArrayList<>();

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }

    /** A token the check registered with the CI's masking: recorded by its hash, never itself. */
    @Override
    public void registerSecret(Secret token) {
        lines.add("MASK " + token.sha256Hex());
    }

    public String all() {
        return String.join("\n", lines);
    }

    /** Every line at INFO and WARN: what a build shows without -X. */
    public String shown() {
        StringBuilder shown = new StringBuilder();
        for (String line : lines) {
            if (!line.startsWith("DEBUG ")) {
                shown.append(shown.length() > 0 ? "\n" : "").append(line);
            }
        }
        return shown.toString();
    }
}
