package io.github.boxmaven.auth;

import io.github.boxmaven.credential.Secret;
import io.github.boxmaven.credential.ServerCredentials;
import io.github.boxmaven.credential.TokenSources;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.CredentialConfigInvalid;
import io.github.boxmaven.failure.InvalidParameter;
import io.github.boxmaven.log.CheckLog;

import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the method ({@code box.auth}): {@code auto} takes JWT when {@code box.jwtConfig} is set, the
 * Client Credentials Grant when a client id, a client secret and a subject are all available, and
 * otherwise a token the user has.
 */
public final class AuthPlanner {
    static final String CLIENT_SECRET_PROPERTY = "box.clientSecret";

    private final AuthInputs in;
    private final CheckLog log;

    public AuthPlanner(AuthInputs inputs, CheckLog log) {
        this.in = inputs;
        this.log = log;
    }

    public AuthPlan plan() throws BoxCheckFailure {
        String method = in.auth == null ? "auto" : in.auth.trim().toLowerCase(Locale.ROOT);
        switch (method) {
            case "token":
                return tokenPlan("box.auth=token");
            case "jwt":
                return jwtPlan("box.auth=jwt");
            case "ccg":
                return ccgPlan("box.auth=ccg", clientCredentials(), subject(), true);
            case "auto":
            case "":
                if (in.jwtConfig != null) {
                    return jwtPlan("box.jwtConfig is set");
                }
                Optional<ClientCredentials> client = clientCredentials();
                Optional<Subject> subject = subject();
                if (client.isPresent() && subject.isPresent()) {
                    return ccgPlan("a client id and secret (" + client.get().source() + ") and a subject ("
                            + subject.get().source() + ") are set", client, subject, false);
                }
                return tokenPlan("no box.jwtConfig, and no client id, client secret and subject together");
            default:
                throw new InvalidParameter("box.auth '" + in.auth + "' is not a method; use auto, token, ccg or jwt.");
        }
    }

    private AuthPlan tokenPlan(String reason) {
        return AuthPlan.token(reason, TokenSources.standard(in.userProperties, in.projectProperties,
                in.systemProperties, in.serverId, in.servers, in.environment));
    }

    private AuthPlan ccgPlan(String reason, Optional<ClientCredentials> client, Optional<Subject> subject,
            boolean explicit) throws BoxCheckFailure {
        if (!client.isPresent() || !subject.isPresent()) {
            StringBuilder missing = new StringBuilder();
            if (!client.isPresent()) {
                missing.append("a client id and client secret");
            }
            if (!subject.isPresent()) {
                missing.append(missing.length() > 0 ? " and " : "").append("a subject");
            }
            throw new CredentialConfigInvalid("ccg-incomplete", "The Client Credentials Grant"
                    + (explicit ? " (box.auth=ccg)" : "") + " needs " + missing + ", which are not set",
                    "Set the client id and secret as <username> and <password> of settings.xml server '" + in.serverId
                            + "' (or box.clientId and box.clientSecret, or BOX_CLIENT_ID and BOX_CLIENT_SECRET), and"
                            + " box.enterpriseId or box.userId (or BOX_ENTERPRISE_ID or BOX_USER_ID).", null);
        }
        return AuthPlan.app("ccg", reason, new ClientCredentialsGrant(client.get(), subject.get()));
    }

    private AuthPlan jwtPlan(String reason) throws BoxCheckFailure {
        if (in.jwtConfig == null) {
            throw new CredentialConfigInvalid("jwt-config-missing", "box.auth=jwt needs box.jwtConfig, which is not set",
                    "Point box.jwtConfig at the app's JSON config downloaded from the Box Developer Console.", null);
        }
        String algorithm = JwtAssertion.algorithm(in.jwtAlgorithm);
        JwtAppConfig config = JwtAppConfig.read(in.jwtConfig);
        Secret passphrase = config.passphrase();
        if (passphrase == null) {
            String fromEnvironment = in.environment.get("BOX_JWT_PASSPHRASE");
            passphrase = fromEnvironment == null || fromEnvironment.isEmpty() ? null : Secret.of(fromEnvironment);
        }
        Subject subject = subject().orElse(null);
        if (subject == null && config.enterpriseId() != null) {
            subject = Subject.enterprise(config.enterpriseId(), "enterpriseID in " + in.jwtConfig.getFileName());
        }
        if (subject == null) {
            throw new CredentialConfigInvalid("jwt-subject-missing", "box.jwtConfig " + in.jwtConfig
                    + " has no enterpriseID and no box.userId is set",
                    "Set box.enterpriseId or box.userId (or BOX_ENTERPRISE_ID or BOX_USER_ID).", null);
        }
        return AuthPlan.app("jwt", reason, new JwtServerAuth(in.jwtConfig, config, passphrase, subject, algorithm));
    }

    /**
     * From settings.xml server {@code box.serverId} ({@code <username>} and {@code <password>}), else
     * {@code box.clientId} and {@code box.clientSecret}, else {@code BOX_CLIENT_ID} and {@code BOX_CLIENT_SECRET}.
     */
    private Optional<ClientCredentials> clientCredentials() throws BoxCheckFailure {
        Optional<ServerCredentials> server = in.servers.find(in.serverId);
        if (server.isPresent() && present(server.get().username()) && server.get().password() != null
                && present(server.get().password().reveal())) {
            return Optional.of(new ClientCredentials(server.get().username().trim(), server.get().password(),
                    "settings.xml server '" + in.serverId + "'"));
        }
        String secretFromCommandLine = in.userProperties.getProperty(CLIENT_SECRET_PROPERTY);
        String secretFromProperties = firstPresent(secretFromCommandLine,
                in.projectProperties.getProperty(CLIENT_SECRET_PROPERTY),
                in.systemProperties.getProperty(CLIENT_SECRET_PROPERTY));
        String id = firstPresent(in.clientId, in.environment.get("BOX_CLIENT_ID"));
        String secret = firstPresent(secretFromProperties, in.environment.get("BOX_CLIENT_SECRET"));
        if (id == null || secret == null) {
            return Optional.empty();
        }
        if (present(secretFromCommandLine)) {
            log.warn("box.clientSecret was given on the command line, where it lands in shell history and CI logs."
                    + " Keep it in settings.xml (<server><id>" + in.serverId + "</id><password>, encrypted) or in the"
                    + " BOX_CLIENT_SECRET environment variable.");
        }
        boolean idFromProperty = present(in.clientId);
        boolean secretFromProperty = secretFromProperties != null;
        String source = idFromProperty && secretFromProperty ? "box.clientId and box.clientSecret"
                : !idFromProperty && !secretFromProperty ? "environment variables BOX_CLIENT_ID and BOX_CLIENT_SECRET"
                : (idFromProperty ? "box.clientId" : "BOX_CLIENT_ID") + " and "
                        + (secretFromProperty ? "box.clientSecret" : "BOX_CLIENT_SECRET");
        return Optional.of(new ClientCredentials(id.trim(), Secret.of(secret.trim()), source));
    }

    /** {@code box.userId} (BOX_USER_ID) or {@code box.enterpriseId} (BOX_ENTERPRISE_ID); not both. */
    private Optional<Subject> subject() throws InvalidParameter {
        String user = firstPresent(in.userId, in.environment.get("BOX_USER_ID"));
        String enterprise = firstPresent(in.enterpriseId, in.environment.get("BOX_ENTERPRISE_ID"));
        if (user != null && enterprise != null && present(in.userId) && present(in.enterpriseId)) {
            throw new InvalidParameter("box.enterpriseId and box.userId are both set; a token acts for one subject,"
                    + " so set only one.");
        }
        if (user != null) {
            return Optional.of(Subject.user(user.trim(), present(in.userId) ? "box.userId" : "BOX_USER_ID"));
        }
        if (enterprise != null) {
            return Optional.of(Subject.enterprise(enterprise.trim(),
                    present(in.enterpriseId) ? "box.enterpriseId" : "BOX_ENTERPRISE_ID"));
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
