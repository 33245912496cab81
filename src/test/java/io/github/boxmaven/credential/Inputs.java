package io.github.boxmaven.credential;

import io.github.boxmaven.credential.CredentialInputs.ServerLookup;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** Tests' way to a {@link CredentialInputs}: every part not given is empty, as in a build that offers nothing. */
public final class Inputs {
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
    private ServerLookup servers = id -> Optional.empty();
    private Map<String, String> environment = Collections.emptyMap();
    private Set<String> writtenInPom = Collections.emptySet();

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

    public Inputs properties(Properties user, Properties project, Properties system) {
        this.userProperties = user;
        this.projectProperties = project;
        this.systemProperties = system;
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

    /** {@code box.token} or {@code box.clientSecret}, held by the pom as a written value. */
    public Inputs writtenInPom(String... properties) {
        this.writtenInPom = new HashSet<>(Arrays.asList(properties));
        return this;
    }

    public CredentialInputs inputs() {
        return new CredentialInputs(clientId, jwtConfig, userProperties, projectProperties, systemProperties,
                serverId, servers, environment, writtenInPom);
    }

    public AuthPlanner build() {
        return new AuthPlanner(inputs(), auth, enterpriseId, userId, jwtAlgorithm);
    }
}
