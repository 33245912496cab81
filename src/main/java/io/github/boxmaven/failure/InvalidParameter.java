package io.github.boxmaven.failure;

/** A plugin parameter has a value the plugin cannot use. */
public final class InvalidParameter extends ConfigurationFailure {
    private static final long serialVersionUID = 1L;

    public InvalidParameter(String message) {
        super(FailureKind.INVALID_PARAMETER, message);
    }

    /** {@code box.timeout '10x' is not a duration: ...}. The value is shown: parameters never hold secrets. */
    public static InvalidParameter notADuration(String property, String value) {
        return new InvalidParameter(property + " '" + value + "' is not a duration. "
                + "Use a value such as 500ms, 90s, 10m, 1h, 1h30m or ISO-8601 (PT10M).");
    }
}
