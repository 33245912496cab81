package io.github.boxmaven.failure;

/** A mistake in the build itself (a malformed parameter, an insecure base URL): fails even with failOnError=false. */
public final class ConfigurationFailure extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    private ConfigurationFailure(FailureKind kind, String message) {
        super(kind, message, null, null);
    }

    /** A plugin parameter has a value the plugin cannot use; the message names it and says what to use. */
    public static ConfigurationFailure invalidParameter(String message) {
        return new ConfigurationFailure(FailureKind.INVALID_PARAMETER, message);
    }

    /** {@code box.timeout '10x' is not a duration: ...}. The value is shown: parameters never hold secrets. */
    public static ConfigurationFailure notADuration(String property, String value) {
        return invalidParameter(property + " '" + value + "' is not a duration. "
                + "Use a value such as 500ms, 90s, 10m, 1h, 1h30m or ISO-8601 (PT10M).");
    }

    /** {@code box.baseUrl} would send the token in clear text over a network. */
    public static ConfigurationFailure insecureBaseUrl(String displayUrl) {
        return new ConfigurationFailure(FailureKind.INSECURE_BASE_URL, "box.baseUrl " + displayUrl + " uses plain http"
                + " to a host that is not loopback, which would send the token in clear text over the network. Use"
                + " https:// (plain http is allowed only for localhost, 127.0.0.0/8 and ::1).");
    }
}
