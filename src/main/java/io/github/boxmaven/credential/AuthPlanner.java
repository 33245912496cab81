package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.Subject;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.ConfigurationFailure;
import io.github.boxmaven.failure.CredentialFailures;
import io.github.boxmaven.failure.Fixes;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the method ({@code box.auth}) from everything the build offers, and finds its credential:
 * {@code auto} takes JWT when {@code box.jwtConfig} is set, the Client Credentials Grant when a client
 * id, a client secret and a subject are all available, and otherwise a token the user has. Each input is
 * read once: the settings.xml server is decrypted once, the JWT config file read once.
 */
public final class AuthPlanner {
    public static final String CLIENT_SECRET_PROPERTY = "box.clientSecret";

    private final CredentialInputs in;

    public AuthPlanner(CredentialInputs inputs) {
        this.in = inputs;
    }

    /** The method, its credential, and why; fails when the chosen method lacks what it needs. */
    public AuthPlan plan() throws BoxCheckFailure {
        switch (in.auth) {
            case TOKEN:
                return tokenPlan("box.auth=token", in.servers);
            case JWT:
                return jwtPlan("box.auth=jwt");
            case CCG:
                return ccgPlan("box.auth=ccg", clientCredentials(in.servers.find(in.serverId)), subject(), true);
            default:
                if (in.jwtConfig != null) {
                    return jwtPlan("box.jwtConfig is set");
                }
                Optional<SettingsServer> server = in.servers.find(in.serverId);
                Optional<AppClient> client = clientCredentials(server);
                Optional<Subject> subject = subject();
                if (client.isPresent() && subject.isPresent()) {
                    return ccgPlan("a client id and secret (" + client.get().source() + ") and a subject ("
                            + subject.get().source() + ") are set", client, subject, false);
                }
                return tokenPlan("no box.jwtConfig, and no client id, client secret and subject together",
                        id -> server);
        }
    }

    /** @param servers the settings.xml server, already read when auto-selection looked at it */
    private AuthPlan tokenPlan(String reason, ServerLookup servers) throws BoxCheckFailure {
        GivenToken token = GivenToken.find(TokenSource.standard(in.userProperties, in.projectProperties,
                in.systemProperties, in.serverId, servers, in.environment,
                in.writtenInPom.contains(TokenSource.PROPERTY)));
        List<String> warnings = token.warning() == null ? Collections.emptyList()
                : Collections.singletonList(token.warning());
        return new AuthPlan(AuthMethod.TOKEN, reason, token, warnings);
    }

    private AuthPlan ccgPlan(String reason, Optional<AppClient> client, Optional<Subject> subject,
            boolean explicit) throws BoxCheckFailure {
        if (!client.isPresent() || !subject.isPresent()) {
            String missing = (client.isPresent() ? "" : "a client id and client secret")
                    + (client.isPresent() || subject.isPresent() ? "" : " and ") + (subject.isPresent() ? "" : "a subject");
            throw CredentialFailures.ccgIncomplete("The Client Credentials Grant" + (explicit ? " (box.auth=ccg)" : "")
                    + " needs " + missing + ", which are not set", "Set the client id and secret as <username> and"
                    + " <password> of settings.xml server '" + in.serverId + "' (or box.clientId and box.clientSecret,"
                    + " or " + EnvironmentVariables.BOX_CLIENT_ID + " and " + EnvironmentVariables.BOX_CLIENT_SECRET
                    + "), and box.enterpriseId or box.userId (or " + EnvironmentVariables.BOX_ENTERPRISE_ID + " or "
                    + EnvironmentVariables.BOX_USER_ID + ").");
        }
        List<String> warnings = Collections.emptyList();
        if (client.get().secretFromProperties() && present(in.userProperties.getProperty(CLIENT_SECRET_PROPERTY))) {
            warnings = Collections.singletonList(Fixes.givenOnCommandLine(CLIENT_SECRET_PROPERTY, in.serverId,
                    EnvironmentVariables.BOX_CLIENT_SECRET));
        } else if (client.get().secretFromProperties() && in.writtenInPom.contains(CLIENT_SECRET_PROPERTY)
                && present(in.projectProperties.getProperty(CLIENT_SECRET_PROPERTY))) {
            warnings = Collections.singletonList(Fixes.writtenInPom(CLIENT_SECRET_PROPERTY, in.serverId,
                    EnvironmentVariables.BOX_CLIENT_SECRET));
        }
        return new AuthPlan(AuthMethod.CCG, reason, new ClientCredentialsGrant(client.get(), subject.get()), warnings);
    }

    private AuthPlan jwtPlan(String reason) throws BoxCheckFailure {
        if (in.jwtConfig == null) {
            throw CredentialFailures.jwtConfigMissing();
        }
        JwtAppConfig config = JwtAppConfig.read(in.jwtConfig);
        Secret passphrase = config.passphrase();
        if (passphrase == null && present(in.environment.get(EnvironmentVariables.BOX_JWT_PASSPHRASE))) {
            passphrase = Secret.of(in.environment.get(EnvironmentVariables.BOX_JWT_PASSPHRASE));
        }
        Subject subject = subject().orElse(null);
        if (subject == null && config.enterpriseId() != null) {
            subject = Subject.enterprise(config.enterpriseId(), "enterpriseID in " + in.jwtConfig.getFileName());
        }
        if (subject == null) {
            throw CredentialFailures.jwtSubjectMissing(in.jwtConfig.toString(), "Set box.enterpriseId or box.userId"
                    + " (or " + EnvironmentVariables.BOX_ENTERPRISE_ID + " or " + EnvironmentVariables.BOX_USER_ID
                    + ").");
        }
        return new AuthPlan(AuthMethod.JWT, reason,
                new JwtServerAuth(in.jwtConfig, config, passphrase, subject, in.jwtAlgorithm), Collections.emptyList());
    }

    /**
     * The app's client id and secret, to revoke a token with: from the places CCG reads them, else from
     * {@code box.jwtConfig}; empty when none is configured.
     */
    public Optional<AppClient> appClient() throws BoxCheckFailure {
        Optional<AppClient> client = clientCredentials(in.servers.find(in.serverId));
        if (client.isPresent() || in.jwtConfig == null) {
            return client;
        }
        JwtAppConfig config = JwtAppConfig.read(in.jwtConfig);
        return Optional.of(new AppClient(config.clientId(), config.clientSecret(), "box.jwtConfig " + in.jwtConfig,
                false));
    }

    /**
     * From settings.xml server {@code box.serverId} ({@code <username>} and {@code <password>}), else
     * {@code box.clientId} and {@code box.clientSecret}, else {@code BOX_CLIENT_ID} and {@code BOX_CLIENT_SECRET}.
     */
    private Optional<AppClient> clientCredentials(Optional<SettingsServer> server) {
        if (server.isPresent() && present(server.get().username()) && server.get().password() != null
                && present(server.get().password().reveal())) {
            return Optional.of(new AppClient(server.get().username().trim(),
                    server.get().password(), "settings.xml server '" + in.serverId + "'", false));
        }
        String secretFromProperties = firstPresent(in.userProperties.getProperty(CLIENT_SECRET_PROPERTY),
                in.projectProperties.getProperty(CLIENT_SECRET_PROPERTY),
                in.systemProperties.getProperty(CLIENT_SECRET_PROPERTY));
        String id = firstPresent(in.clientId, in.environment.get(EnvironmentVariables.BOX_CLIENT_ID));
        String secret = firstPresent(secretFromProperties, in.environment.get(EnvironmentVariables.BOX_CLIENT_SECRET));
        if (id == null || secret == null) {
            return Optional.empty();
        }
        boolean idFromProperty = present(in.clientId);
        boolean secretFromProperty = secretFromProperties != null;
        String source = (idFromProperty || secretFromProperty ? "" : "environment variables ")
                + (idFromProperty ? "box.clientId" : EnvironmentVariables.BOX_CLIENT_ID) + " and "
                + (secretFromProperty ? CLIENT_SECRET_PROPERTY : EnvironmentVariables.BOX_CLIENT_SECRET);
        return Optional.of(new AppClient(id.trim(), Secret.of(secret.trim()), source,
                secretFromProperty));
    }

    /** {@code box.userId} (BOX_USER_ID) or {@code box.enterpriseId} (BOX_ENTERPRISE_ID); not both. */
    private Optional<Subject> subject() throws ConfigurationFailure {
        if (present(in.userId) && present(in.enterpriseId)) {
            throw ConfigurationFailure.invalidParameter("box.enterpriseId and box.userId are both set; a token acts for one subject,"
                    + " so set only one.");
        }
        String user = firstPresent(in.userId, in.environment.get(EnvironmentVariables.BOX_USER_ID));
        if (user != null) {
            return Optional.of(Subject.user(user.trim(), present(in.userId) ? "box.userId"
                    : EnvironmentVariables.BOX_USER_ID));
        }
        String enterprise = firstPresent(in.enterpriseId, in.environment.get(EnvironmentVariables.BOX_ENTERPRISE_ID));
        if (enterprise != null) {
            return Optional.of(Subject.enterprise(enterprise.trim(), present(in.enterpriseId) ? "box.enterpriseId"
                    : EnvironmentVariables.BOX_ENTERPRISE_ID));
        }
        return Optional.empty();
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
}
