package io.github.boxmaven.failure;

/**
 * The request did not get an HTTP answer: unknown host, refused connection, TLS failure, timeout.
 * {@link #kind()} tells which.
 */
public final class NetworkFailure extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    private final String kind;

    private NetworkFailure(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static NetworkFailure unknownHost(String host, Throwable cause) {
        return new NetworkFailure("unknown-host", "Cannot resolve the host " + host + " (unknown host)."
                + " Check box.baseUrl and this machine's DNS; behind a corporate proxy, configure it in"
                + " settings.xml <proxies>.", cause);
    }

    public static NetworkFailure connectionFailed(String hostAndPort, Throwable cause) {
        return new NetworkFailure("connection-failed", "Cannot connect to " + hostAndPort + " ("
                + Causes.describe(cause) + "). Check box.baseUrl, the network and firewall; behind a corporate proxy,"
                + " configure it in settings.xml <proxies>.", cause);
    }

    public static NetworkFailure tls(String host, Throwable cause) {
        return new NetworkFailure("tls-failure", "TLS with " + host + " failed (" + Causes.describe(cause) + ")."
                + " If a TLS-inspecting proxy sits in between, add its CA certificate to a truststore and pass"
                + " -Djavax.net.ssl.trustStore=... (and trustStorePassword) in MAVEN_OPTS or .mvn/jvm.config.",
                cause);
    }

    public static NetworkFailure timeout(String url, String timeout, Throwable cause) {
        return new NetworkFailure("timeout", "No answer from " + url + " within " + timeout + " (box.timeout)."
                + " Box or the network is slow or a firewall drops the traffic; check the network, or raise"
                + " box.timeout.", cause);
    }

    public static NetworkFailure proxyAuthentication(String url, Throwable cause) {
        return new NetworkFailure("proxy-authentication", "The proxy between this machine and " + url
                + " refused the request (HTTP 407, proxy authentication required). Set <username> and <password>"
                + " (encrypted allowed) of the active <proxy> in settings.xml, or check them.", cause);
    }

    public static NetworkFailure other(String url, Throwable cause) {
        return new NetworkFailure("network-failure", "The request to " + url + " failed (" + Causes.describe(cause)
                + "). Check the network and box.baseUrl, then run the build again.", cause);
    }

    @Override
    public String kind() {
        return kind;
    }
}
