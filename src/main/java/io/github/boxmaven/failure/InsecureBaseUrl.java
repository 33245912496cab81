package io.github.boxmaven.failure;

/** {@code box.baseUrl} would send the token in clear text over a network. */
public final class InsecureBaseUrl extends ConfigurationFailure {
    private static final long serialVersionUID = 1L;

    public InsecureBaseUrl(String displayUrl) {
        super(FailureKind.INSECURE_BASE_URL, "box.baseUrl " + displayUrl + " uses plain http to a host that is not loopback, which would send the"
                + " token in clear text over the network. Use https:// (plain http is allowed only for localhost,"
                + " 127.0.0.0/8 and ::1).");
    }
}
