package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a build may hold a credential: parameters, the secret Maven properties (their precedence already decided where
 * Maven's values are mapped), the settings.xml server, the environment.
 */
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

    /** A secret Maven property ({@code box.token}, {@code box.clientSecret}) as the one place that won gives it. */
    public static final class Property {
        /** As set there; blank when it is set but empty. */
        final String value;
        /** {@code -Dbox.token on the command line}, {@code property box.token in the pom}. */
        final String where;
        /** What to warn about when it is used (given on the command line, written in a pom), or null. */
        final String warning;

        public Property(String value, String where, String warning) {
            this.value = value;
            this.where = where;
            this.warning = warning;
        }

        @Override
        public String toString() {
            return "Property(" + where + ", value redacted)";
        }
    }

    final String clientId;
    final Path jwtConfig;
    final Property token;
    final Property clientSecret;
    final String serverId;
    final ServerLookup servers;
    final Map<String, String> environment;

    /** {@code token} and {@code clientSecret}: {@code box.token} and {@code box.clientSecret}, null when not set. */
    public CredentialInputs(String clientId, Path jwtConfig, Property token, Property clientSecret, String serverId,
            ServerLookup servers, Map<String, String> environment) {
        this.clientId = clientId;
        this.jwtConfig = jwtConfig;
        this.token = token;
        this.clientSecret = clientSecret;
        this.serverId = serverId;
        this.servers = servers;
        this.environment = environment;
    }
}
