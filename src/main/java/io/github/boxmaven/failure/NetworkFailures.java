package io.github.boxmaven.failure;

/** Failures without an answer: unknown host, refused connection, TLS, timeout, trust store, Maven offline. */
public final class NetworkFailures {
    private NetworkFailures() {}

    private static BoxCheckFailure failure(FailureKind kind, String message, Throwable cause) {
        return new BoxCheckFailure(kind, message, null, cause);
    }

    public static BoxCheckFailure unknownHost(String host, Throwable cause) {
        return failure(FailureKind.UNKNOWN_HOST, "Cannot resolve the host " + host + " (unknown host)."
                + " Check box.baseUrl and this machine's DNS; " + Fixes.CONFIGURE_PROXY + ".", cause);
    }

    public static BoxCheckFailure connectionFailed(String hostAndPort, Throwable cause) {
        return failure(FailureKind.CONNECTION_FAILED, "Cannot connect to " + hostAndPort + " ("
                + Causes.describe(cause) + "). Check box.baseUrl, the network and firewall; " + Fixes.CONFIGURE_PROXY + ".", cause);
    }

    public static BoxCheckFailure tls(String host, Throwable cause) {
        return failure(FailureKind.TLS_FAILURE, "TLS with " + host + " failed (" + Causes.describe(cause) + ")."
                + " If a TLS-inspecting proxy sits in between, add its CA certificate to a truststore and pass"
                + " -Djavax.net.ssl.trustStore=... (and trustStorePassword) in MAVEN_OPTS or .mvn/jvm.config.",
                cause);
    }

    public static BoxCheckFailure timeout(String url, String timeout, Throwable cause) {
        return failure(FailureKind.TIMEOUT, "No answer from " + url + " within " + timeout + " (box.timeout)."
                + " Box or the network is slow or a firewall drops the traffic; check the network, or raise"
                + " box.timeout.", cause);
    }

    public static BoxCheckFailure proxyAuthentication(String url, Throwable cause) {
        return failure(FailureKind.PROXY_AUTHENTICATION, "The proxy between this machine and " + url
                + " refused the request (HTTP 407, proxy authentication required). Set <username> and <password>"
                + " (encrypted allowed) of the active <proxy> in settings.xml, or check them.", cause);
    }

    public static BoxCheckFailure other(String url, Throwable cause) {
        return failure(FailureKind.NETWORK_FAILURE, "The request to " + url + " failed (" + Causes.describe(cause)
                + "). Check the network and box.baseUrl, then run the build again.", cause);
    }

    /** Maven runs offline ({@code -o}) and {@code box.offline=fail}. */
    public static BoxCheckFailure offline() {
        return failure(FailureKind.OFFLINE, "Maven is offline (-o), so the Box token cannot be verified, and"
                + " box.offline=fail.\nRun the build online, or set box.offline=skip to go on without the check.", null);
    }

    /** The trust store the JVM is configured with ({@code javax.net.ssl.trustStore} and its type) cannot be read. */
    public static BoxCheckFailure trustStoreUnreadable(Throwable cause) {
        String path = System.getProperty("javax.net.ssl.trustStore");
        String type = System.getProperty("javax.net.ssl.trustStoreType");
        return failure(FailureKind.TRUST_STORE_UNREADABLE, "Cannot set up HTTPS: the trust store "
                + (path == null ? "of this JDK (lib/security/cacerts)"
                : "javax.net.ssl.trustStore=" + path + (type == null ? "" : " (type " + type + ")"))
                + " cannot be read (" + Causes.describeWithCauses(cause) + ")."
                + "\nCheck javax.net.ssl.trustStore, trustStorePassword and trustStoreType where they are set"
                + " (MAVEN_OPTS or .mvn/jvm.config); the file must be a keystore of that type and password.", cause);
    }
}
