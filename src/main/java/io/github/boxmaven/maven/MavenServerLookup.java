package io.github.boxmaven.maven;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.credential.CredentialInputs.ServerLookup;
import io.github.boxmaven.credential.CredentialInputs.SettingsServer;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.Causes;
import io.github.boxmaven.failure.CredentialFailures;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import java.util.Optional;

/** Finds a settings.xml server and decrypts its password with Maven's own {@link SettingsDecrypter}. */
final class MavenServerLookup implements ServerLookup {
    private final Settings settings;
    private final SettingsDecrypter decrypter;

    MavenServerLookup(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    @Override
    public Optional<SettingsServer> find(String serverId) throws BoxCheckFailure {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            return Optional.empty();
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw CredentialFailures.settingsDecryption(serverId, reason(problem), problem.getException());
            }
        }
        Server decrypted = result.getServer();
        String password = decrypted.getPassword();
        return Optional.of(new SettingsServer(decrypted.getUsername(), password == null ? null : Secret.of(password)));
    }

    /** The innermost cause, which says what is wrong (a missing file, a bad padding...); never the password. */
    private static String reason(SettingsProblem problem) {
        Throwable root = problem.getException();
        if (root == null) {
            return problem.getMessage();
        }
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Causes.describe(root);
    }
}
