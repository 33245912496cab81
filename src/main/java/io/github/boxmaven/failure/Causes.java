package io.github.boxmaven.failure;


/**
 * How a failure message names the exception behind it: its simple class name and its message, cleaned
 * with {@link ServerText} (an exception's message can quote a server: a certificate's names, a proxy's
 * answer).
 */
public final class Causes {
    private Causes() {}

    /** {@code SSLHandshakeException: PKIX path building failed}, or the class name alone without a message. */
    public static String describe(Throwable cause) {
        String message = ServerText.clean(cause.getMessage());
        return cause.getClass().getSimpleName() + (message == null || message.isEmpty() ? "" : ": " + message);
    }

    /**
     * {@link #describe} followed by the messages of its causes that it does not already contain, each
     * once: Maven appends every message of the chain that the failure's own message leaves out.
     */
    public static String describeWithCauses(Throwable cause) {
        StringBuilder text = new StringBuilder(describe(cause));
        for (Throwable t = cause.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = ServerText.clean(t.getMessage());
            if (message != null && !message.isEmpty() && text.indexOf(message) < 0) {
                text.append(": ").append(message);
            }
        }
        return text.toString();
    }
}
