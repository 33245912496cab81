package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.Subject;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.ConfigurationFailure;
import io.github.boxmaven.failure.CredentialFailures;
import io.github.boxmaven.failure.FailureKind;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the method ({@code box.auth}) and finds its credential, the one rule for it: {@code auto} takes JWT when
 * {@code box.jwtConfig} is set, the Client Credentials Grant when a client id, secret and subject are all available,
 * else a token the user has. The settings.xml server and the JWT config are each read once, and only when needed.
 */
public final class AuthPlanner {
    public static final String CLIENT_SECRET_PROPERTY = "box.clientSecret";

    private final CredentialInputs in;
    private final AuthMethod auth;
    private final String enterpriseId;
    private final String userId;
    private final JwtAlgorithm jwtAlgorithm;
    private Optional<CredentialInputs.SettingsServer> server;
    private JwtAppConfig config;

    /** For {@link #appClient()} alone: the app's client id and secret, wherever the build holds them. */
    public AuthPlanner(CredentialInputs inputs) {
        this(inputs, AuthMethod.AUTO, null, null, JwtAlgorithm.RS256);
    }

    /** {@code box.auth}, {@code box.enterpriseId} and {@code box.userId} (null when not set), {@code box.jwtAlgorithm}. */
    public AuthPlanner(CredentialInputs inputs, AuthMethod auth, String enterpriseId, String userId,
            JwtAlgorithm jwtAlgorithm) {
        this.in = inputs;
        this.auth = auth;
        this.enterpriseId = enterpriseId;
        this.userId = userId;
        this.jwtAlgorithm = jwtAlgorithm;
    }

    /** The method, its credential, and why; fails when the chosen method lacks what it needs. */
    public AuthPlan plan() throws BoxCheckFailure {
        return plan(Collections.emptyList());
    }

    /** {@link #plan()}; {@code notes} join what "no token found" says (why {@code box.tokenFile} was not taken). */
    AuthPlan plan(List<String> notes) throws BoxCheckFailure {
        switch (auth) {
            case TOKEN:
                return tokenPlan("as box.auth=token asks", notes);
            case JWT:
                return jwtPlan("as box.auth=jwt asks");
            case CCG:
                return ccgPlan("as box.auth=ccg asks", clientCredentials(), subject());
            default:
                if (in.jwtConfig != null) {
                    return jwtPlan("because box.jwtConfig is set");
                }
                Optional<AppClient> client = clientCredentials();
                Optional<Subject> subject = subject();
                if (client.isPresent() && subject.isPresent()) {
                    return ccgPlan("because a client id, client secret and subject are set", client, subject);
                }
                try {
                    return tokenPlan("because no Box app is set up (no box.jwtConfig, nor a client id, client secret and"
                            + " subject together)", notes);
                } catch (BoxCheckFailure e) {
                    boolean partOfAnApp = client.isPresent() || clientIdSource() != null || clientSecretSource() != null;
                    throw e.kind() == FailureKind.NO_TOKEN && partOfAnApp ? appIncomplete(false, client, subject) : e;
                }
        }
    }

    private AuthPlan tokenPlan(String reason, List<String> notes) throws BoxCheckFailure {
        GivenToken token = GivenToken.find(TokenSource.standard(in.token, in.serverId, id -> server(),
                in.environment), notes);
        return new AuthPlan(AuthMethod.TOKEN, reason, token, token.warning());
    }

    /** Only {@code box.auth=ccg} asks for it without both a client and a subject. */
    private AuthPlan ccgPlan(String reason, Optional<AppClient> client, Optional<Subject> subject)
            throws BoxCheckFailure {
        if (!client.isPresent() || !subject.isPresent()) {
            throw appIncomplete(true, client, subject);
        }
        return new AuthPlan(AuthMethod.CCG, reason, new ClientCredentialsGrant(client.get(), subject.get()),
                client.get().warning);
    }

    /** What of the app is set and where, what is missing: for {@code box.auth=ccg}, or auto without a token. */
    private BoxCheckFailure appIncomplete(boolean ccgAsked, Optional<AppClient> client, Optional<Subject> subject) {
        String id = client.isPresent() ? client.get().source : clientIdSource();
        String secret = client.isPresent() ? client.get().source : clientSecretSource();
        return CredentialFailures.appIncomplete(ccgAsked, id, secret, subject.map(s -> s.source).orElse(null),
                in.serverId);
    }

    /** Where a client id without its secret is set ({@code box.clientId}, BOX_CLIENT_ID), or null. */
    private String clientIdSource() {
        return present(in.clientId) ? "box.clientId" : present(in.environment.get(CredentialInputs.BOX_CLIENT_ID))
                ? CredentialInputs.BOX_CLIENT_ID : null;
    }

    /** Where a client secret without its id is set ({@code -Dbox.clientSecret on the command line}, ...), or null. */
    private String clientSecretSource() {
        return in.clientSecret != null && present(in.clientSecret.value) ? in.clientSecret.where
                : present(in.environment.get(CredentialInputs.BOX_CLIENT_SECRET)) ? CredentialInputs.BOX_CLIENT_SECRET
                : null;
    }

    private AuthPlan jwtPlan(String reason) throws BoxCheckFailure {
        if (in.jwtConfig == null) {
            throw CredentialFailures.jwtConfigMissing();
        }
        JwtAppConfig config = config();
        Secret passphrase = config.passphrase;
        if (passphrase == null && present(in.environment.get(CredentialInputs.BOX_JWT_PASSPHRASE))) {
            passphrase = Secret.of(in.environment.get(CredentialInputs.BOX_JWT_PASSPHRASE));
        }
        Optional<Subject> given = subject();
        if (!given.isPresent() && config.enterpriseId == null) {
            throw CredentialFailures.jwtSubjectMissing(in.jwtConfig.toString());
        }
        if (!given.isPresent() && config.enterpriseId.equals("0")) {
            throw CredentialFailures.jwtFreeAccount(in.jwtConfig.toString());
        }
        Subject subject = given.orElseGet(() -> Subject.enterprise(config.enterpriseId, "enterpriseID in "
                + in.jwtConfig.getFileName()));
        return new AuthPlan(AuthMethod.JWT, reason, new JwtServerAuth(in.jwtConfig, config, passphrase, subject,
                jwtAlgorithm), null);
    }

    private JwtAppConfig config() throws BoxCheckFailure {
        if (config == null) {
            config = JwtAppConfig.read(in.jwtConfig);
        }
        return config;
    }

    private Optional<CredentialInputs.SettingsServer> server() throws BoxCheckFailure {
        if (server == null) {
            server = in.servers.find(in.serverId);
        }
        return server;
    }

    /** The app's client id and secret, to revoke a token with: where CCG reads them, else {@code box.jwtConfig}. */
    public Optional<AppClient> appClient() throws BoxCheckFailure {
        Optional<AppClient> client = clientCredentials();
        if (client.isPresent() || in.jwtConfig == null) {
            return client;
        }
        return Optional.of(new AppClient(config().clientId, config().clientSecret, "box.jwtConfig "
                + in.jwtConfig, null));
    }

    /** From the settings.xml server, else {@code box.clientId} and {@code box.clientSecret}, else the environment. */
    private Optional<AppClient> clientCredentials() throws BoxCheckFailure {
        Optional<CredentialInputs.SettingsServer> server = server();
        if (server.isPresent() && present(server.get().username) && server.get().password != null
                && !server.get().password.isBlank()) {
            return Optional.of(new AppClient(server.get().username.trim(),
                    server.get().password, "settings.xml server '" + in.serverId + "'", null));
        }
        boolean idFromProperty = present(in.clientId);
        boolean secretFromProperty = in.clientSecret != null && present(in.clientSecret.value);
        String id = idFromProperty ? in.clientId : in.environment.get(CredentialInputs.BOX_CLIENT_ID);
        String secret = secretFromProperty ? in.clientSecret.value : in.environment.get(CredentialInputs.BOX_CLIENT_SECRET);
        if (!present(id) || !present(secret)) {
            return Optional.empty();
        }
        String source = (idFromProperty || secretFromProperty ? "" : "environment variables ")
                + (idFromProperty ? "box.clientId" : CredentialInputs.BOX_CLIENT_ID) + " and "
                + (secretFromProperty ? CLIENT_SECRET_PROPERTY : CredentialInputs.BOX_CLIENT_SECRET);
        return Optional.of(new AppClient(id.trim(), Secret.of(secret.trim()), source,
                secretFromProperty ? in.clientSecret.warning : null));
    }

    /** {@code box.userId} (BOX_USER_ID) or {@code box.enterpriseId} (BOX_ENTERPRISE_ID); not both. */
    private Optional<Subject> subject() throws ConfigurationFailure {
        if (present(userId) && present(enterpriseId)) {
            throw ConfigurationFailure.invalidParameter("box.enterpriseId and box.userId are both set; a token acts for one subject,"
                    + " so set only one.");
        }
        String user = present(userId) ? userId : in.environment.get(CredentialInputs.BOX_USER_ID);
        if (present(user)) {
            return Optional.of(Subject.user(user.trim(), present(userId) ? "box.userId"
                    : CredentialInputs.BOX_USER_ID));
        }
        String enterprise = present(enterpriseId) ? enterpriseId
                : in.environment.get(CredentialInputs.BOX_ENTERPRISE_ID);
        if (present(enterprise)) {
            return Optional.of(Subject.enterprise(enterprise.trim(), present(enterpriseId) ? "box.enterpriseId"
                    : CredentialInputs.BOX_ENTERPRISE_ID));
        }
        return Optional.empty();
    }

    private static boolean present(String value) {
        return value != null && !value.trim().isEmpty();
    }
}
