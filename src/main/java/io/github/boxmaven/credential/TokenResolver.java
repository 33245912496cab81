package io.github.boxmaven.credential;

import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.MalformedToken;
import io.github.boxmaven.failure.NoCredentialFound;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Takes the token from the first source that holds one, and checks that it can be a token at all. */
public final class TokenResolver {
    private static final Pattern UNRESOLVED_EXPRESSION = Pattern.compile("\\$\\{[^}]*}");

    private TokenResolver() {}

    public static ResolvedToken resolve(List<TokenSource> sources) throws BoxCheckFailure {
        List<String> notes = new ArrayList<>();
        Set<String> places = new LinkedHashSet<>();
        for (TokenSource source : sources) {
            places.add(source.howToSet());
            Optional<String> raw = source.read();
            if (!raw.isPresent()) {
                continue;
            }
            String value = raw.get().trim();
            if (value.isEmpty()) {
                notes.add(source.description() + " is set but empty");
                continue;
            }
            checkSyntax(value, source.description());
            return new ResolvedToken(Secret.of(value), source);
        }
        throw new NoCredentialFound(new ArrayList<>(places), notes);
    }

    /**
     * Refuses a value that cannot be a Box token (Box tokens are opaque ASCII words), before anything is
     * sent. The message says what is wrong and where, never the value, except an unresolved Maven
     * expression, which is no secret.
     */
    static void checkSyntax(String token, String source) throws MalformedToken {
        Matcher expression = UNRESOLVED_EXPRESSION.matcher(token);
        if (expression.find()) {
            throw new MalformedToken(source, "is the unresolved Maven expression " + expression.group()
                    + " (what it names is not set)");
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
                throw new MalformedToken(source, "contains " + problem + " at position " + (i + 1)
                        + " of " + token.length());
            }
        }
    }
}
