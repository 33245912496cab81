package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** Where a build may hold a credential: parameters, Maven's properties, the settings.xml server, the environment. */
public final class CredentialInputs {
    public static final String BOX_TOKEN = "BOX_TOKEN";
    public static final String BOX_CLIENT_ID = "BOX_CLIENT_ID";
    public static final String BOX_CLIENT_SECRET = "BOX_CLIENT_SECRET";
    public static final String BOX_ENTERPRISE_ID = "BOX_ENTERPRISE_ID";
    public static final String BOX_USER_ID = "BOX_USER_ID";
    public static final String BOX_JWT_PASSPHRASE = "BOX_JWT_PASSPHRASE";

    /** Finds a settings.xml {@code <server>} by id, with its password already decrypted. */
    @FunctionalInterface
    public interface ServerLookup {
        Optional<SettingsServer> find(String serverId) throws BoxCheckFailure;
    }

    /** A settings.xml {@code <server>}: its {@code <username>} and decrypted {@code <password>}, either may be null. */
    public static final class SettingsServer {
        public final String username;
        public final Secret password;

        public SettingsServer(String username, Secret password) {
            this.username = username;
            this.password = password;
        }

        @Override
        public String toString() {
            return "SettingsServer(username=" + username + ", password=" + (password == null ? "none" : "redacted")
                    + ")";
        }
    }

    final String clientId;
    final Path jwtConfig;
    final Properties userProperties;
    final Properties projectProperties;
    final Properties systemProperties;
    final String serverId;
    final ServerLookup servers;
    final Map<String, String> environment;
    final Set<String> writtenInPom;

    /**
     * {@code user}, {@code project} and {@code system} properties ({@code -D}, the pom, MAVEN_OPTS); {@code writtenInPom}:
     * which secret properties a pom holds as a written value (not an expression), so published with it.
     */
    public CredentialInputs(String clientId, Path jwtConfig, Properties user, Properties project, Properties system,
            String serverId, ServerLookup servers, Map<String, String> environment, Set<String> writtenInPom) {
        this.clientId = clientId;
        this.jwtConfig = jwtConfig;
        this.userProperties = user;
        this.projectProperties = project;
        this.systemProperties = system;
        this.serverId = serverId;
        this.servers = servers;
        this.environment = environment;
        this.writtenInPom = writtenInPom;
    }
}
