package io.github.boxmaven.failure;

/**
 * Why the Box check failed. Every subclass is one failure mode with its own message, which says
 * what happened, why, and what to do, in one or two lines, and never contains a secret.
 */
public abstract class BoxCheckFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;

    protected BoxCheckFailure(FailureKind kind, String message) {
        this(kind, message, null);
    }

    protected BoxCheckFailure(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** Which failure mode this is; its id is the report's {@code failure.kind}. */
    public final FailureKind kind() {
        return kind;
    }

    /** Box's request id, when Box gave one, else {@code null}. */
    public String requestId() {
        return null;
    }
}
