package io.github.boxmaven.credential;

/** A token and the place it came from. */
public final class ResolvedToken {
    private final Secret token;
    private final TokenSource source;

    public ResolvedToken(Secret token, TokenSource source) {
        this.token = token;
        this.source = source;
    }

    public Secret token() {
        return token;
    }

    public TokenSource source() {
        return source;
    }

    @Override
    public String toString() {
        return "ResolvedToken(from " + source.description() + ")";
    }
}
