package io.github.boxmaven.credential;

import io.github.boxmaven.boxapi.TokenEndpointClient;
import io.github.boxmaven.expiry.ExpiryEstimator;
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

/**
 * A token the user has (a developer token, or one a script obtained): the first of the token sources
 * that holds one, checked to be a possible token before anything is sent.
 */
public final class GivenToken implements Credential {
    private static final Pattern UNRESOLVED_EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
    /** Box's tokens are 32 to 64 characters; a downscoped or future one may be longer, but not this long. */
    static final int MAX_LENGTH = 4096;

    private final Secret token;
    private final TokenSource source;

    GivenToken(Secret token, TokenSource source) {
        this.token = token;
        this.source = source;
    }

    /** The token in the first source that holds one; an empty value is noted and passed over. */
    static GivenToken find(List<TokenSource> sources) throws BoxCheckFailure {
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
            return new GivenToken(Secret.of(value), source);
        }
        throw new NoCredentialFound(new ArrayList<>(places), notes);
    }

    /**
     * Refuses a value that cannot be a Box token (Box tokens are opaque ASCII words), before anything is
     * sent. The message says what is wrong and where, never the value, except an unresolved Maven
     * expression, which is no secret.
     */
    static void checkSyntax(String token, String source) throws MalformedToken {
        String problem = syntaxProblem(token);
        if (problem != null) {
            throw new MalformedToken(source, problem);
        }
    }

    /**
     * What makes {@code token} impossible as a Box token ({@code contains a quote at position 3 of 40}),
     * or null when it may be one. Names the unresolved Maven expression it is, which is no secret.
     */
    public static String syntaxProblem(String token) {
        Matcher expression = UNRESOLVED_EXPRESSION.matcher(token);
        if (expression.find()) {
            return "is the unresolved Maven expression " + expression.group() + " (what it names is not set)";
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

    @Override
    public String identity() {
        return "token " + token.sha256Hex();
    }

    @Override
    public String describe() {
        return source.description();
    }

    /** The token itself: for the Authorization header only. */
    Secret token() {
        return token;
    }

    /** A warning to log when this token is used (it came from the command line), or null. */
    String warning() {
        return source.warningWhenUsed();
    }

    @Override
    public AccessToken accessToken(TokenEndpointClient endpoint, ExpiryEstimator estimator) {
        return AccessToken.given(token, describe(), estimator.track(token.sha256Hex()));
    }

    @Override
    public String toString() {
        return "GivenToken(from " + describe() + ", token redacted)";
    }
}
