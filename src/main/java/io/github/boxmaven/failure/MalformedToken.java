package io.github.boxmaven.failure;

/** The configured token cannot be a Box token; rejected before any request. */
public final class MalformedToken extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    public MalformedToken(String source, String problem) {
        super(FailureKind.MALFORMED_TOKEN, "The Box token from " + source + " " + problem
                + ", so it cannot be a Box token and was not sent. Copy the token again, without"
                + " quotes or line breaks.");
    }
}
