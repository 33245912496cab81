package io.github.boxmaven.failure;

/**
 * The request did not get an HTTP answer: unknown host, refused connection, TLS failure, timeout.
 * {@link #kind()} tells which.
 */
public final class NetworkFailure extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    private NetworkFailure(FailureKind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }

    public static NetworkFailure unknownHost(String host, Throwable cause) {
        return new NetworkFailure(FailureKind.UNKNOWN_HOST, "Cannot resolve the host " + host + " (unknown host)."
                + " Check box.baseUrl and this machine's DNS; " + Fixes.CONFIGURE_PROXY + ".", cause);
    }

    public static NetworkFailure connectionFailed(String hostAndPort, Throwable cause) {
        return new NetworkFailure(FailureKind.CONNECTION_FAILED, "Cannot connect to " + hostAndPort + " ("
                + Causes.describe(cause) + "). Check box.baseUrl, the network and firewall; " + Fixes.CONFIGURE_PROXY + ".", cause);
    }

    public static NetworkFailure tls(String host, Throwable cause) {
        return new NetworkFailure(FailureKind.TLS_FAILURE, "TLS with " + host + " failed (" + Causes.describe(cause) + ")."
                + " If a TLS-inspecting proxy sits in between, add its CA certificate to a truststore and pass"
                + " -Djavax.net.ssl.trustStore=... (and trustStorePassword) in MAVEN_OPTS or .mvn/jvm.config.",
                cause);
    }

    public static NetworkFailure timeout(String url, String timeout, Throwable cause) {
        return new NetworkFailure(FailureKind.TIMEOUT, "No answer from " + url + " within " + timeout + " (box.timeout)."
                + " Box or the network is slow or a firewall drops the traffic; check the network, or raise"
                + " box.timeout.", cause);
    }

    public static NetworkFailure proxyAuthentication(String url, Throwable cause) {
        return new NetworkFailure(FailureKind.PROXY_AUTHENTICATION, "The proxy between this machine and " + url
                + " refused the request (HTTP 407, proxy authentication required). Set <username> and <password>"
                + " (encrypted allowed) of the active <proxy> in settings.xml, or check them.", cause);
    }

    public static NetworkFailure other(String url, Throwable cause) {
        return new NetworkFailure(FailureKind.NETWORK_FAILURE, "The request to " + url + " failed (" + Causes.describe(cause)
                + "). Check the network and box.baseUrl, then run the build again.", cause);
    }
}
