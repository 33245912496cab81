package io.github.boxmaven.failure;

/**
 * A failure in which a server answered: carries Box's request id, which Box support asks for, and
 * prints it at the end of the first line of the message.
 */
public abstract class BoxAnswerFailure extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    private final String requestId;

    protected BoxAnswerFailure(FailureKind kind, String what, String advice, String requestId) {
        super(kind, what + (requestId == null ? "" : " (Box request id " + requestId + ")") + ".\n" + advice);
        this.requestId = requestId;
    }

    @Override
    public String requestId() {
        return requestId;
    }
}
