package io.github.boxmaven.failure;

/**
 * Why the check failed: its {@link FailureKind}, what happened and what to do (never a secret), Box's request id, the
 * cause. Made by {@link CredentialFailures}, {@link BoxRefusals} and {@link NetworkFailures}.
 */
public class BoxCheckFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final String requestId;

    /** @param cause kept as a copy whose messages are cleaned ({@link Causes#cleanChain}) */
    BoxCheckFailure(FailureKind kind, String message, String requestId, Throwable cause) {
        super(message, Causes.cleanChain(cause));
        this.kind = kind;
        this.requestId = requestId;
    }

    /** {@code what (Box request id 123).\nfix}: what happened, with the id Box support asks for, then the fix. */
    static BoxCheckFailure answered(FailureKind kind, String what, String fix, String requestId) {
        return new BoxCheckFailure(kind, what + (requestId == null ? "" : " (Box request id " + requestId + ")")
                + ".\n" + fix, requestId, null);
    }

    /** {@code what.\nfix}. */
    static BoxCheckFailure withFix(FailureKind kind, String what, String fix, Throwable cause) {
        return new BoxCheckFailure(kind, what + ".\n" + fix, null, cause);
    }

    /** Which failure mode this is; its id is the report's {@code failure.kind}. */
    public final FailureKind kind() {
        return kind;
    }

    /** Box's request id, when Box gave one, else {@code null}. */
    public final String requestId() {
        return requestId;
    }
}
