package io.github.boxmaven.failure;

/** HTTP 5xx on every attempt. */
public final class BoxUnavailable extends BoxAnswerFailure {
    private static final long serialVersionUID = 1L;

    public BoxUnavailable(String url, int status, int attempts, String why, String requestId) {
        super(FailureKind.BOX_UNAVAILABLE, "Box is unavailable: GET " + url + " answered HTTP " + status + " on " + attempts
                        + (attempts == 1 ? " attempt" : " attempts") + (why == null ? "" : " (" + why + ")"),
                "This is on Box's side, not your token's: check https://status.box.com and run the build again"
                        + " later (box.retries sets how often the plugin retries).",
                requestId);
    }
}
