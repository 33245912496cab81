package io.github.boxmaven.auth;

import io.github.boxmaven.credential.ServerCredentials;
import io.github.boxmaven.credential.ServerLookup;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Everything the build offers that may hold a credential, as plain Java: filled by the mojo, read by {@link AuthPlanner}. */
public final class AuthInputs {
    String auth = "auto";
    String clientId;
    String enterpriseId;
    String userId;
    Path jwtConfig;
    String jwtAlgorithm;
    Properties userProperties = new Properties();
    Properties projectProperties = new Properties();
    Properties systemProperties = new Properties();
    String serverId = "box";
    ServerLookup servers = ServerLookup.NONE;
    Map<String, String> environment = Collections.emptyMap();

    /** {@code box.auth}: auto, token, ccg or jwt. */
    public AuthInputs auth(String value) {
        this.auth = value;
        return this;
    }

    /** {@code box.clientId}. */
    public AuthInputs clientId(String value) {
        this.clientId = value;
        return this;
    }

    /** {@code box.enterpriseId}. */
    public AuthInputs enterpriseId(String value) {
        this.enterpriseId = value;
        return this;
    }

    /** {@code box.userId}. */
    public AuthInputs userId(String value) {
        this.userId = value;
        return this;
    }

    /** {@code box.jwtConfig}, resolved; null when not set. */
    public AuthInputs jwtConfig(Path value) {
        this.jwtConfig = value;
        return this;
    }

    /** {@code box.jwtAlgorithm}. */
    public AuthInputs jwtAlgorithm(String value) {
        this.jwtAlgorithm = value;
        return this;
    }

    /** The -D properties, the pom's properties, the JVM's system properties. */
    public AuthInputs properties(Properties user, Properties project, Properties system) {
        this.userProperties = user;
        this.projectProperties = project;
        this.systemProperties = system;
        return this;
    }

    public AuthInputs server(String id, ServerLookup lookup) {
        this.serverId = id;
        this.servers = remembering(lookup);
        return this;
    }

    public AuthInputs environment(Map<String, String> value) {
        this.environment = value;
        return this;
    }

    /**
     * Auto-selection reads the server for client credentials and then, as a token source, again: the
     * password is decrypted (settings-security.xml read) once.
     */
    private static ServerLookup remembering(ServerLookup lookup) {
        Map<String, Optional<ServerCredentials>> found = new HashMap<>();
        return serverId -> {
            Optional<ServerCredentials> known = found.get(serverId);
            if (known == null) {
                known = lookup.find(serverId);
                found.put(serverId, known);
            }
            return known;
        };
    }
}
