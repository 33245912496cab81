package io.github.boxmaven.failure;

/** Box answered with an error status this plugin has no better explanation for. */
public final class UnexpectedResponse extends BoxAnswerFailure {
    private static final long serialVersionUID = 1L;

    public UnexpectedResponse(String url, int status, String boxCode, String boxMessage, String requestId) {
        super(FailureKind.UNEXPECTED_RESPONSE, "Box answered HTTP " + status + " to GET " + url
                + (boxCode == null ? "" : " (" + boxCode + (boxMessage == null ? "" : ": " + boxMessage) + ")"),
                "Retry later; if it persists, report it to Box support with the request id.",
                requestId);
    }
}
