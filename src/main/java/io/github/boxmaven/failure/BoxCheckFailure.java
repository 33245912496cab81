package io.github.boxmaven.failure;

/**
 * Why the Box check failed. Every subclass is one failure mode with its own message, which says
 * what happened, why, and what to do, in one or two lines, and never contains a secret.
 */
public abstract class BoxCheckFailure extends Exception {
    private static final long serialVersionUID = 1L;

    protected BoxCheckFailure(String message) {
        super(message);
    }

    protected BoxCheckFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** A short, stable name of this failure mode, for reports: {@code token-rejected}, {@code timeout}... */
    public abstract String kind();

    /** Box's request id, when Box gave one, else {@code null}. */
    public String requestId() {
        return null;
    }
}
