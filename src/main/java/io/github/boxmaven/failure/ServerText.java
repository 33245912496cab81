package io.github.boxmaven.failure;

/**
 * Cleans what a server or proxy says before a log, message, report or annotation shows it: control and bidirectional
 * characters become {@code ?} (no forged line, escape or reordering), and it is cut to {@value #MAX_LENGTH}.
 */
public final class ServerText {
    /** Enough for any name, login, message or request id Box sends. */
    public static final int MAX_LENGTH = 200;

    private ServerText() {}

    /** The cleaned text; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int length = Math.min(text.length(), MAX_LENGTH);
        StringBuilder out = new StringBuilder(length + 1);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            out.append(isUnsafe(c) ? '?' : c);
        }
        if (text.length() > MAX_LENGTH) {
            out.append('\u2026');
        }
        return out.toString();
    }

    /** C0 and C1 controls, DEL, U+2028, U+2029, and the bidirectional controls (U+202A-U+202E, U+2066-U+2069). */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069';
    }
}
