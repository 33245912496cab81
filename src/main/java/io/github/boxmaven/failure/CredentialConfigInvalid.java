package io.github.boxmaven.failure;

/**
 * The app credentials the user configured cannot be used: an unreadable or wrong-format JWT config
 * file, a private key that cannot be decrypted, a missing client id, secret or subject.
 */
public final class CredentialConfigInvalid extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    public CredentialConfigInvalid(FailureKind kind, String what, String fix, Throwable cause) {
        super(kind, what + ".\n" + fix, cause);
    }
}
