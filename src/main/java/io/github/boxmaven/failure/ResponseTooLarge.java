package io.github.boxmaven.failure;

/** The answer is larger than any Box user object could be. */
public final class ResponseTooLarge extends BoxAnswerFailure {
    private static final long serialVersionUID = 1L;

    public ResponseTooLarge(String url, long limitBytes) {
        super(FailureKind.RESPONSE_TOO_LARGE, "The answer from " + url + " is larger than " + (limitBytes / 1024) + " KiB, far more than a Box"
                        + " user object; it was not read",
                "Check box.baseUrl and any proxy between this machine and Box.",
                null);
    }
}
