package io.github.boxmaven.failure;

/**
 * Cleans text that a server or proxy controls (a user's name, Box's {@code message}, a header) before
 * it reaches a log line, a failure message, a report or a CI annotation: control characters and
 * bidirectional controls become {@code ?}, so that no such text can start a new line (a fake {@code [ERROR]}
 * line or a GitHub workflow command), send a terminal escape or reorder what a reader sees, and the value is
 * cut to {@value #MAX_LENGTH} characters.
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

    /**
     * C0 and C1 controls (CR, LF, ESC...), DEL, the Unicode line and paragraph separators, and the
     * bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make text read
     * in another order than it is.
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069';
    }
}
