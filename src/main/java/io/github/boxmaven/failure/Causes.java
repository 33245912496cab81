package io.github.boxmaven.failure;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How a failure names the exception behind it: in its message, by simple class name and message cleaned
 * with {@link ServerText} (an exception's message can quote a server: a status line, a certificate's
 * names, a proxy's answer); as its cause, by a cleaned copy of the whole chain ({@link #cleanChain}).
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

    /**
     * A copy of {@code cause} and its causes that Maven may print (its failure line appends every cause's
     * message, and {@code -e} and {@code -X} print the stack trace): each link keeps its class name and stack
     * trace, but its message is cleaned with {@link ServerText}, so no server text reaches the output raw.
     */
    static Throwable cleanChain(Throwable cause) {
        return cause == null ? null : clean(cause, true, new IdentityHashMap<>());
    }

    /** @param first whether this is the cause itself, which a message names by {@link #describe}, not one of its causes */
    private static Throwable clean(Throwable original, boolean first, Map<Throwable, CleanedCause> seen) {
        CleanedCause known = seen.get(original);
        if (known != null) {
            return known;
        }
        CleanedCause copy = new CleanedCause(original, first);
        seen.put(original, copy);
        if (original.getCause() != null && original.getCause() != original) {
            copy.initCause(clean(original.getCause(), false, seen));
        }
        return copy;
    }

    /**
     * An exception as it was thrown, less what a server put into its message: its message is what a failure's
     * own message already holds of it ({@link #describe} for the cause, the cleaned message for the causes
     * behind it, as {@link #describeWithCauses} writes them), so Maven repeats none; its stack trace is the
     * original's.
     */
    private static final class CleanedCause extends Exception {
        private static final long serialVersionUID = 1L;

        private final String fullName;

        CleanedCause(Throwable original, boolean first) {
            super(first ? describe(original) : ServerText.clean(original.getMessage()));
            String message = ServerText.clean(original.getMessage());
            this.fullName = original.getClass().getName() + (message == null ? "" : ": " + message);
            setStackTrace(original.getStackTrace());
        }

        /** {@code java.net.ProtocolException: Unexpected status line: ...}, cleaned. */
        @Override
        public String toString() {
            return fullName;
        }
    }
}
