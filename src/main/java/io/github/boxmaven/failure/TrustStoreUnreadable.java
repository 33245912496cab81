package io.github.boxmaven.failure;

/**
 * The JVM's trust store, which every HTTPS request needs, cannot be read: a wrong
 * {@code javax.net.ssl.trustStorePassword}, a file of another type, a damaged file.
 */
public final class TrustStoreUnreadable extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    /** The trust store the JVM is configured with ({@code javax.net.ssl.trustStore} and its type) cannot be read. */
    public static TrustStoreUnreadable ofJvmSettings(Throwable cause) {
        return new TrustStoreUnreadable(System.getProperty("javax.net.ssl.trustStore"),
                System.getProperty("javax.net.ssl.trustStoreType"), cause);
    }

    /**
     * @param path {@code javax.net.ssl.trustStore}, null when the JDK's own is used
     * @param type {@code javax.net.ssl.trustStoreType}, null when not set
     */
    public TrustStoreUnreadable(String path, String type, Throwable cause) {
        super(FailureKind.TRUST_STORE_UNREADABLE, "Cannot set up HTTPS: the trust store " + (path == null ? "of this JDK (lib/security/cacerts)"
                : "javax.net.ssl.trustStore=" + path + (type == null ? "" : " (type " + type + ")"))
                + " cannot be read (" + Causes.describeWithCauses(cause) + ")."
                + "\nCheck javax.net.ssl.trustStore, trustStorePassword and trustStoreType where they are set"
                + " (MAVEN_OPTS or .mvn/jvm.config); the file must be a keystore of that type and password.", cause);
    }
}
