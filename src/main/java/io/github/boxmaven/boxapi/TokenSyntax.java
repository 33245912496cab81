package io.github.boxmaven.boxapi;

import io.github.boxmaven.failure.ServerText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a Box token may look like, an opaque word of printable ASCII: checked before one is sent or taken. */
public final class TokenSyntax {
    private static final Pattern UNRESOLVED_EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
    /** Box's tokens are 32 to 64 characters; a downscoped or future one may be longer, but not this long. */
    static final int MAX_LENGTH = 4096;

    private TokenSyntax() {}

    /**
     * Why {@code token} cannot be a Box token ({@code contains a quote at position 3 of 40}), or null; never the value,
     * but an unresolved expression, which is none, cleaned (Box may have issued it).
     */
    public static String problem(String token) {
        Matcher expression = UNRESOLVED_EXPRESSION.matcher(token);
        if (expression.find()) {
            return "is the unresolved Maven expression " + ServerText.clean(expression.group())
                    + " (what it names is not set)";
        }
        if (token.length() > MAX_LENGTH) {
            return "is " + token.length() + " characters long, far more than any Box token";
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            String problem = null;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                problem = "a space or line break";
            } else if (Character.isISOControl(c)) {
                problem = "a control character";
            } else if (c > 0x7e) {
                problem = "a non-ASCII character";
            } else if (c == '"' || c == '\'') {
                problem = "a quote";
            }
            if (problem != null) {
                return "contains " + problem + " at position " + (i + 1) + " of " + token.length();
            }
        }
        return null;
    }
}
