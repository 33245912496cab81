package io.github.boxmaven.failure;

/** HTTP 429 on every attempt, or Box asked to wait longer than the plugin waits. */
public final class RateLimited extends BoxAnswerFailure {
    private static final long serialVersionUID = 1L;

    public RateLimited(int attempts, String why, String requestId) {
        super(FailureKind.RATE_LIMITED, "Box is rate limiting this token (HTTP 429 on " + attempts + (attempts == 1 ? " attempt" : " attempts")
                        + (why == null ? "" : "; " + why) + ")",
                "Run the build again in a minute; if other jobs share this token or app, spread their calls"
                        + " (box.retries sets how often the plugin retries).",
                requestId);
    }
}
