package io.github.boxmaven.failure;

/** HTTP 401: Box does not accept the token. Box does not say whether it expired or never was valid. */
public final class TokenRejected extends BoxAnswerFailure {
    private static final long serialVersionUID = 1L;

    /** What Box's bare 401 can mean. */
    public static final String USUAL_REASONS = "it is invalid, revoked or expired (developer tokens expire 60 minutes"
            + " after they are generated; Box does not say which)";

    public TokenRejected(String source, String requestId) {
        this(source, USUAL_REASONS, requestId);
    }

    /** @param reason why Box rejected it, when the plugin knows more than Box says */
    public TokenRejected(String source, String reason, String requestId) {
        super(FailureKind.TOKEN_REJECTED, "Box rejected the token from " + source + " (HTTP 401): " + reason,
                "Generate a new token (" + Fixes.GENERATE_DEVELOPER_TOKEN + ") and update " + source + ".",
                requestId);
    }
}
