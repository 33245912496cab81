package io.github.boxmaven.failure;

/**
 * The JVM's trust store, which every HTTPS request needs, cannot be read: a wrong
 * {@code javax.net.ssl.trustStorePassword}, a file of another type, a damaged file.
 */
public final class TrustStoreUnreadable extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    /**
     * @param path {@code javax.net.ssl.trustStore}, null when the JDK's own is used
     * @param type {@code javax.net.ssl.trustStoreType}, null when not set
     */
    public TrustStoreUnreadable(String path, String type, Throwable cause) {
        super("Cannot set up HTTPS: the trust store " + (path == null ? "of this JDK (lib/security/cacerts)"
                : "javax.net.ssl.trustStore=" + path + (type == null ? "" : " (type " + type + ")"))
                + " cannot be read (" + describe(cause) + ")."
                + "\nCheck javax.net.ssl.trustStore, trustStorePassword and trustStoreType where they are set"
                + " (MAVEN_OPTS or .mvn/jvm.config); the file must be a keystore of that type and password.", cause);
    }

    /** The exception and the messages of its causes, each once (Maven would otherwise append them unexplained). */
    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder(cause.getClass().getSimpleName());
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isEmpty() && text.indexOf(message) < 0) {
                text.append(": ").append(message);
            }
        }
        return text.toString();
    }

    @Override
    public String kind() {
        return "trust-store-unreadable";
    }
}
