package io.github.boxmaven.credential;

import io.github.boxmaven.boxapi.AccessToken;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.TokenEndpointClient;
import io.github.boxmaven.boxapi.TokenSyntax;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.CredentialFailures;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A token the user has: the first of the token sources that holds one, checked before anything is sent. */
public final class GivenToken implements Credential {
    /** The token itself: for the Authorization header only. */
    final Secret token;
    private final TokenSource source;

    GivenToken(Secret token, TokenSource source) {
        this.token = token;
        this.source = source;
    }

    /** The token in the first source that holds one; {@code notes} join what "no token found" says. */
    static GivenToken find(List<TokenSource> sources, List<String> notes) throws BoxCheckFailure {
        List<String> found = new ArrayList<>(notes);
        Set<String> places = new LinkedHashSet<>();
        for (TokenSource source : sources) {
            places.add(source.howToSet);
            String value = source.reader.read();
            if (value == null) {
                continue;
            }
            value = value.trim();
            if (value.isEmpty()) {
                found.add(source.description + " is set but empty");
                continue;
            }
            String problem = TokenSyntax.problem(value);
            if (problem != null) {
                throw CredentialFailures.malformedToken(source.description, problem);
            }
            return new GivenToken(Secret.of(value), source);
        }
        throw CredentialFailures.noCredentialFound(new ArrayList<>(places), found);
    }

    @Override
    public String identity() {
        return "token " + token.sha256Hex();
    }

    @Override
    public String describe() {
        return source.description;
    }

    /** A warning to log when this token is used (it came from the command line), or null. */
    String warning() {
        return source.warning;
    }

    @Override
    public AccessToken accessToken(TokenEndpointClient endpoint) {
        return AccessToken.given(token, describe());
    }

    @Override
    public String toString() {
        return "GivenToken(from " + describe() + ", token redacted)";
    }
}
