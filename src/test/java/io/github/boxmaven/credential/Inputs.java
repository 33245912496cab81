package io.github.boxmaven.credential;

import io.github.boxmaven.check.VerifyTokenRun;
import io.github.boxmaven.credential.CredentialInputs.Property;
import io.github.boxmaven.credential.CredentialInputs.ServerLookup;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/** Tests' way to a {@link CredentialInputs}: every part not given is empty, as in a build that offers nothing. */
public final class Inputs {
    private AuthMethod auth = AuthMethod.AUTO;
    private String clientId;
    private String enterpriseId;
    private String userId;
    private Path jwtConfig;
    private JwtAlgorithm jwtAlgorithm = JwtAlgorithm.RS256;
    private Property token;
    private Property clientSecret;
    private String serverId = "box";
    private ServerLookup servers = id -> Optional.empty();
    private Map<String, String> environment = Collections.emptyMap();

    public static Inputs builder() {
        return new Inputs();
    }

    public Inputs auth(AuthMethod value) {
        this.auth = value;
        return this;
    }

    public Inputs clientId(String value) {
        this.clientId = value;
        return this;
    }

    public Inputs enterpriseId(String value) {
        this.enterpriseId = value;
        return this;
    }

    public Inputs userId(String value) {
        this.userId = value;
        return this;
    }

    public Inputs jwtConfig(Path value) {
        this.jwtConfig = value;
        return this;
    }

    public Inputs jwtAlgorithm(JwtAlgorithm value) {
        this.jwtAlgorithm = value;
        return this;
    }

    /** {@code box.token} as Maven's mapping found it: its value, where it was set, and its warning (or null). */
    public Inputs token(String value, String where, String warning) {
        this.token = new Property(value, where, warning);
        return this;
    }

    /** {@code box.clientSecret}, likewise. */
    public Inputs clientSecret(String value, String where, String warning) {
        this.clientSecret = new Property(value, where, warning);
        return this;
    }

    public Inputs server(String id, ServerLookup lookup) {
        this.serverId = id;
        this.servers = lookup;
        return this;
    }

    public Inputs environment(Map<String, String> value) {
        this.environment = value;
        return this;
    }

    public CredentialInputs inputs() {
        return new CredentialInputs(clientId, jwtConfig, token, clientSecret, serverId, servers, environment);
    }

    public AuthPlanner build() {
        return new AuthPlanner(inputs(), auth, enterpriseId, userId, jwtAlgorithm);
    }

    /** Sets what the goal's parameters give of these inputs. */
    public void into(VerifyTokenRun.Parameters parameters) {
        parameters.credentials = inputs();
        parameters.auth = auth.toString();
        parameters.enterpriseId = enterpriseId;
        parameters.userId = userId;
        parameters.jwtAlgorithm = jwtAlgorithm.name();
    }
}
