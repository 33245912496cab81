package io.github.boxmaven.credential;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where a build may hold a credential, for both goals: {@code box.clientId} and {@code box.jwtConfig}, Maven's three
 * kinds of properties, the settings.xml server, and the environment. One value, made by the mojo and read by
 * {@link AuthPlanner}.
 */
public final class CredentialInputs {
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
     * @param clientId {@code box.clientId}; null when not set
     * @param jwtConfig {@code box.jwtConfig}, resolved; null when not set
     * @param user properties given with {@code -D} (the Maven session's user properties)
     * @param project the pom's {@code <properties>}, may be empty
     * @param system JVM system properties (MAVEN_OPTS, .mvn/jvm.config)
     * @param servers finds (and decrypts) the settings.xml server {@code serverId}
     * @param writtenInPom which of {@code box.token} and {@code box.clientSecret} a pom holds as a written value
     *     (not an expression such as {@code ${env.BOX_TOKEN}}): committed, and published with the POM
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
