package io.github.boxmaven.failure;

/**
 * A mistake in the build itself (a malformed parameter, an insecure {@code box.baseUrl}): it fails the
 * build even with {@code box.failOnError=false}, which is for a credential or Box that lets the build
 * down, not for a build that is written wrong.
 */
public abstract class ConfigurationFailure extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    protected ConfigurationFailure(FailureKind kind, String message) {
        super(kind, message);
    }
}
