package io.github.boxmaven.failure;

/** {@code POST /oauth2/token} refused to issue a token; the message names the likely cause and the fix. */
public final class TokenEndpointRejected extends BoxAnswerFailure {
    private static final long serialVersionUID = 1L;

    private final String error;

    public TokenEndpointRejected(String what, String fix, String error, String requestId) {
        super(FailureKind.TOKEN_ENDPOINT_REJECTED, what, fix, requestId);
        this.error = error;
    }

    /** Box's {@code error} field, e.g. {@code invalid_client}; may be null. */
    public String error() {
        return error;
    }
}
