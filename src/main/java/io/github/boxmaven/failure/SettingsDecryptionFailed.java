package io.github.boxmaven.failure;

/** An encrypted password in settings.xml could not be decrypted. */
public final class SettingsDecryptionFailed extends BoxCheckFailure {
    private static final long serialVersionUID = 1L;

    public SettingsDecryptionFailed(String serverId, String reason, Throwable cause) {
        super(FailureKind.SETTINGS_DECRYPTION, "Cannot decrypt the password of settings.xml server '" + serverId + "' (" + reason + ").\n"
                + "Check that ~/.m2/settings-security.xml (or the file -Dsettings.security names) holds the master"
                + " password it was encrypted with, or encrypt it again with mvn --encrypt-password.", cause);
    }
}
