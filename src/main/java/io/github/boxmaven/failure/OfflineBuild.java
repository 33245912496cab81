package io.github.boxmaven.failure;

/** Maven runs offline ({@code -o}) and {@code box.offline=fail}. */
public final class OfflineBuild extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    public OfflineBuild() {
        super(FailureKind.OFFLINE, "Maven is offline (-o), so the Box token cannot be verified, and box.offline=fail.\n"
                + "Run the build online, or set box.offline=skip to go on without the check.");
    }
}
