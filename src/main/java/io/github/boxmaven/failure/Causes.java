package io.github.boxmaven.failure;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How a failure names the exception behind it, whose message can quote a server: in its message by class name and
 * cleaned message ({@link ServerText}); as its cause by a cleaned copy of the whole chain.
 */
public final class Causes {
    private Causes() {}

    /** {@code SSLHandshakeException: PKIX path building failed}, or the class name alone without a message. */
    public static String describe(Throwable cause) {
        String message = ServerText.clean(cause.getMessage());
        return cause.getClass().getSimpleName() + (message == null || message.isEmpty() ? "" : ": " + message);
    }

    /** {@link #describe} and each message of its causes not already in it, as Maven would append them. */
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

    /** A copy of the chain for Maven to print (its failure line, -e, -X): class names and stack traces, cleaned. */
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

    /** An exception as thrown, its message what the failure's message holds of it, so Maven repeats none. */
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
