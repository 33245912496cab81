package io.github.boxmaven.credential;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Everything a build offers that chooses or holds a credential: the goal's parameters ({@code box.auth},
 * ids, {@code box.jwtConfig}), Maven's three kinds of properties, the settings.xml server, and the
 * environment. One value, made by the mojo and read by {@link AuthPlanner}.
 */
public final class CredentialInputs {
    final AuthMethod auth;
    final String clientId;
    final String enterpriseId;
    final String userId;
    final Path jwtConfig;
    final JwtAlgorithm jwtAlgorithm;
    final Properties userProperties;
    final Properties projectProperties;
    final Properties systemProperties;
    final String serverId;
    final ServerLookup servers;
    final Map<String, String> environment;
    final Set<String> writtenInPom;

    /**
     * @param clientId {@code box.clientId}, enterpriseId and userId likewise: null when not set
     * @param jwtConfig {@code box.jwtConfig}, resolved; null when not set
     * @param user properties given with {@code -D} (the Maven session's user properties)
     * @param project the pom's {@code <properties>}, may be empty
     * @param system JVM system properties (MAVEN_OPTS, .mvn/jvm.config)
     * @param servers finds (and decrypts) the settings.xml server {@code serverId}
     * @param writtenInPom which of {@code box.token} and {@code box.clientSecret} a pom holds as a written value
     *     (not an expression such as {@code ${env.BOX_TOKEN}}): committed, and published with the POM
     */
    public CredentialInputs(AuthMethod auth, String clientId, String enterpriseId, String userId, Path jwtConfig,
            JwtAlgorithm jwtAlgorithm, Properties user, Properties project, Properties system, String serverId,
            ServerLookup servers, Map<String, String> environment, Set<String> writtenInPom) {
        this.auth = auth;
        this.clientId = clientId;
        this.enterpriseId = enterpriseId;
        this.userId = userId;
        this.jwtConfig = jwtConfig;
        this.jwtAlgorithm = jwtAlgorithm;
        this.userProperties = user;
        this.projectProperties = project;
        this.systemProperties = system;
        this.serverId = serverId;
        this.servers = servers;
        this.environment = environment;
        this.writtenInPom = writtenInPom;
    }
}
