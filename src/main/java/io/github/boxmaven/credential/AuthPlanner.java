package io.github.boxmaven.credential;

import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.CredentialConfigInvalid;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.failure.InvalidParameter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Chooses the method ({@code box.auth}) from everything the build offers, and finds its credential:
 * {@code auto} takes JWT when {@code box.jwtConfig} is set, the Client Credentials Grant when a client
 * id, a client secret and a subject are all available, and otherwise a token the user has. Built once
 * by {@link #builder()}, from the mojo's parameters, properties, settings.xml and environment.
 */
public final class AuthPlanner {
    static final String CLIENT_SECRET_PROPERTY = "box.clientSecret";

    private final AuthMethod auth;
    private final String clientId;
    private final String enterpriseId;
    private final String userId;
    private final Path jwtConfig;
    private final JwtAlgorithm jwtAlgorithm;
    private final Properties userProperties;
    private final Properties projectProperties;
    private final Properties systemProperties;
    private final String serverId;
    private final ServerLookup servers;
    private final Map<String, String> environment;

    private AuthPlanner(Builder b) {
        this.auth = b.auth;
        this.clientId = b.clientId;
        this.enterpriseId = b.enterpriseId;
        this.userId = b.userId;
        this.jwtConfig = b.jwtConfig;
        this.jwtAlgorithm = b.jwtAlgorithm;
        this.userProperties = b.userProperties;
        this.projectProperties = b.projectProperties;
        this.systemProperties = b.systemProperties;
        this.serverId = b.serverId;
        this.servers = remembering(b.servers);
        this.environment = b.environment;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The method, its credential, and why; fails when the chosen method lacks what it needs. */
    public AuthPlan plan() throws BoxCheckFailure {
        switch (auth) {
            case TOKEN:
                return tokenPlan("box.auth=token");
            case JWT:
                return jwtPlan("box.auth=jwt");
            case CCG:
                return ccgPlan("box.auth=ccg", clientCredentials(), subject(), true);
            default:
                if (jwtConfig != null) {
                    return jwtPlan("box.jwtConfig is set");
                }
                Optional<AppClient> client = clientCredentials();
                Optional<Subject> subject = subject();
                if (client.isPresent() && subject.isPresent()) {
                    return ccgPlan("a client id and secret (" + client.get().source() + ") and a subject ("
                            + subject.get().source() + ") are set", client, subject, false);
                }
                return tokenPlan("no box.jwtConfig, and no client id, client secret and subject together");
        }
    }

    private AuthPlan tokenPlan(String reason) throws BoxCheckFailure {
        GivenToken token = GivenToken.find(TokenSource.standard(userProperties, projectProperties,
                systemProperties, serverId, servers, environment));
        List<String> warnings = token.warning() == null ? Collections.emptyList()
                : Collections.singletonList(token.warning());
        return new AuthPlan(AuthMethod.TOKEN, reason, token, warnings);
    }

    private AuthPlan ccgPlan(String reason, Optional<AppClient> client, Optional<Subject> subject,
            boolean explicit) throws BoxCheckFailure {
        if (!client.isPresent() || !subject.isPresent()) {
            StringBuilder missing = new StringBuilder();
            if (!client.isPresent()) {
                missing.append("a client id and client secret");
            }
            if (!subject.isPresent()) {
                missing.append(missing.length() > 0 ? " and " : "").append("a subject");
            }
            throw new CredentialConfigInvalid(FailureKind.CCG_INCOMPLETE, "The Client Credentials Grant"
                    + (explicit ? " (box.auth=ccg)" : "") + " needs " + missing + ", which are not set",
                    "Set the client id and secret as <username> and <password> of settings.xml server '" + serverId
                            + "' (or box.clientId and box.clientSecret, or " + EnvironmentVariables.BOX_CLIENT_ID
                            + " and " + EnvironmentVariables.BOX_CLIENT_SECRET + "), and box.enterpriseId or"
                            + " box.userId (or " + EnvironmentVariables.BOX_ENTERPRISE_ID + " or "
                            + EnvironmentVariables.BOX_USER_ID + ").", null);
        }
        List<String> warnings = new ArrayList<>();
        if (present(userProperties.getProperty(CLIENT_SECRET_PROPERTY)) && client.get().secretFromProperties()) {
            warnings.add("box.clientSecret was given on the command line, where it lands in shell history and CI"
                    + " logs. Keep it in settings.xml (<server><id>" + serverId + "</id><password>, encrypted) or in"
                    + " the " + EnvironmentVariables.BOX_CLIENT_SECRET + " environment variable.");
        }
        return new AuthPlan(AuthMethod.CCG, reason, new ClientCredentialsGrant(client.get(), subject.get()), warnings);
    }

    private AuthPlan jwtPlan(String reason) throws BoxCheckFailure {
        if (jwtConfig == null) {
            throw new CredentialConfigInvalid(FailureKind.JWT_CONFIG_MISSING, "box.auth=jwt needs box.jwtConfig,"
                    + " which is not set", "Point box.jwtConfig at the app's JSON config ("
                    + io.github.boxmaven.failure.Fixes.DOWNLOAD_APP_CONFIG + ").", null);
        }
        JwtAppConfig config = JwtAppConfig.read(jwtConfig);
        Secret passphrase = config.passphrase();
        if (passphrase == null && present(environment.get(EnvironmentVariables.BOX_JWT_PASSPHRASE))) {
            passphrase = Secret.of(environment.get(EnvironmentVariables.BOX_JWT_PASSPHRASE));
        }
        Subject subject = subject().orElse(null);
        if (subject == null && config.enterpriseId() != null) {
            subject = Subject.enterprise(config.enterpriseId(), "enterpriseID in " + jwtConfig.getFileName());
        }
        if (subject == null) {
            throw new CredentialConfigInvalid(FailureKind.JWT_SUBJECT_MISSING, "box.jwtConfig " + jwtConfig
                    + " has no enterpriseID and no box.userId is set", "Set box.enterpriseId or box.userId (or "
                    + EnvironmentVariables.BOX_ENTERPRISE_ID + " or " + EnvironmentVariables.BOX_USER_ID + ").", null);
        }
        return new AuthPlan(AuthMethod.JWT, reason,
                new JwtServerAuth(jwtConfig, config, passphrase, subject, jwtAlgorithm), Collections.emptyList());
    }

    /**
     * The app's client id and secret, to revoke a token with: from the places CCG reads them, else from
     * {@code box.jwtConfig}; empty when none is configured.
     */
    public Optional<AppClient> appClient() throws BoxCheckFailure {
        Optional<AppClient> client = clientCredentials();
        if (client.isPresent() || jwtConfig == null) {
            return client;
        }
        JwtAppConfig config = JwtAppConfig.read(jwtConfig);
        return Optional.of(new AppClient(config.clientId(), config.clientSecret(), "box.jwtConfig " + jwtConfig, false));
    }

    /**
     * From settings.xml server {@code box.serverId} ({@code <username>} and {@code <password>}), else
     * {@code box.clientId} and {@code box.clientSecret}, else {@code BOX_CLIENT_ID} and {@code BOX_CLIENT_SECRET}.
     */
    private Optional<AppClient> clientCredentials() throws BoxCheckFailure {
        Optional<SettingsServer> server = servers.find(serverId);
        if (server.isPresent() && present(server.get().username()) && server.get().password() != null
                && present(server.get().password().reveal())) {
            return Optional.of(new AppClient(server.get().username().trim(),
                    server.get().password(), "settings.xml server '" + serverId + "'", false));
        }
        String secretFromProperties = firstPresent(userProperties.getProperty(CLIENT_SECRET_PROPERTY),
                projectProperties.getProperty(CLIENT_SECRET_PROPERTY),
                systemProperties.getProperty(CLIENT_SECRET_PROPERTY));
        String id = firstPresent(clientId, environment.get(EnvironmentVariables.BOX_CLIENT_ID));
        String secret = firstPresent(secretFromProperties, environment.get(EnvironmentVariables.BOX_CLIENT_SECRET));
        if (id == null || secret == null) {
            return Optional.empty();
        }
        boolean idFromProperty = present(clientId);
        boolean secretFromProperty = secretFromProperties != null;
        String source = idFromProperty && secretFromProperty ? "box.clientId and box.clientSecret"
                : !idFromProperty && !secretFromProperty ? "environment variables " + EnvironmentVariables.BOX_CLIENT_ID
                        + " and " + EnvironmentVariables.BOX_CLIENT_SECRET
                : (idFromProperty ? "box.clientId" : EnvironmentVariables.BOX_CLIENT_ID) + " and "
                        + (secretFromProperty ? "box.clientSecret" : EnvironmentVariables.BOX_CLIENT_SECRET);
        return Optional.of(new AppClient(id.trim(), Secret.of(secret.trim()), source,
                secretFromProperty));
    }

    /** {@code box.userId} (BOX_USER_ID) or {@code box.enterpriseId} (BOX_ENTERPRISE_ID); not both. */
    private Optional<Subject> subject() throws InvalidParameter {
        if (present(userId) && present(enterpriseId)) {
            throw new InvalidParameter("box.enterpriseId and box.userId are both set; a token acts for one subject,"
                    + " so set only one.");
        }
        String user = firstPresent(userId, environment.get(EnvironmentVariables.BOX_USER_ID));
        if (user != null) {
            return Optional.of(Subject.user(user.trim(), present(userId) ? "box.userId"
                    : EnvironmentVariables.BOX_USER_ID));
        }
        String enterprise = firstPresent(enterpriseId, environment.get(EnvironmentVariables.BOX_ENTERPRISE_ID));
        if (enterprise != null) {
            return Optional.of(Subject.enterprise(enterprise.trim(), present(enterpriseId) ? "box.enterpriseId"
                    : EnvironmentVariables.BOX_ENTERPRISE_ID));
        }
        return Optional.empty();
    }

    /**
     * Auto-selection reads the server for client credentials and then, as a token source, again: the
     * password is decrypted (settings-security.xml read) once.
     */
    private static ServerLookup remembering(ServerLookup lookup) {
        Map<String, Optional<SettingsServer>> found = new HashMap<>();
        return id -> {
            Optional<SettingsServer> known = found.get(id);
            if (known == null) {
                known = lookup.find(id);
                found.put(id, known);
            }
            return known;
        };
    }

    private static boolean present(String value) {
        return value != null && !value.trim().isEmpty();
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (present(value)) {
                return value;
            }
        }
        return null;
    }

    /** What the build offers; every part not given is empty. */
    public static final class Builder {
        private AuthMethod auth = AuthMethod.AUTO;
        private String clientId;
        private String enterpriseId;
        private String userId;
        private Path jwtConfig;
        private JwtAlgorithm jwtAlgorithm = JwtAlgorithm.RS256;
        private Properties userProperties = new Properties();
        private Properties projectProperties = new Properties();
        private Properties systemProperties = new Properties();
        private String serverId = "box";
        private ServerLookup servers = ServerLookup.NONE;
        private Map<String, String> environment = Collections.emptyMap();

        private Builder() {}

        public Builder auth(AuthMethod value) {
            this.auth = value;
            return this;
        }

        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        public Builder enterpriseId(String value) {
            this.enterpriseId = value;
            return this;
        }

        public Builder userId(String value) {
            this.userId = value;
            return this;
        }

        /** {@code box.jwtConfig}, resolved; null when not set. */
        public Builder jwtConfig(Path value) {
            this.jwtConfig = value;
            return this;
        }

        public Builder jwtAlgorithm(JwtAlgorithm value) {
            this.jwtAlgorithm = value;
            return this;
        }

        /** The -D properties, the pom's properties, the JVM's system properties. */
        public Builder properties(Properties user, Properties project, Properties system) {
            this.userProperties = user;
            this.projectProperties = project;
            this.systemProperties = system;
            return this;
        }

        /** {@code box.serverId} and how to find (and decrypt) a settings.xml server. */
        public Builder server(String id, ServerLookup lookup) {
            this.serverId = id;
            this.servers = lookup;
            return this;
        }

        public Builder environment(Map<String, String> value) {
            this.environment = value;
            return this;
        }

        public AuthPlanner build() {
            return new AuthPlanner(this);
        }
    }
}
