package io.github.boxmaven.credential;

import io.github.boxmaven.failure.SettingsDecryptionFailed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The places a token is looked for, in the order of precedence; the first that holds one wins. */
public final class TokenSources {
    public static final String PROPERTY = "box.token";

    private static final String PROPERTY_HOW =
            "Maven property box.token (-Dbox.token=... or <box.token> in the pom's <properties>)";

    private TokenSources() {}

    /**
     * @param userProperties properties given with {@code -D} (the Maven session's user properties)
     * @param projectProperties the pom's {@code <properties>}, may be empty
     * @param systemProperties JVM system properties (MAVEN_OPTS, .mvn/jvm.config)
     */
    public static List<TokenSource> standard(
            Properties userProperties,
            Properties projectProperties,
            Properties systemProperties,
            String serverId,
            ServerLookup servers,
            Map<String, String> environment) {
        List<TokenSource> sources = new ArrayList<>();
        sources.add(property(userProperties, "-Dbox.token on the command line",
                "box.token was given on the command line, where it lands in shell history and CI logs. Keep it in"
                        + " settings.xml (<server><id>" + serverId + "</id><password>, encrypted with"
                        + " mvn --encrypt-password) or in the " + EnvironmentVariables.BOX_TOKEN + " environment variable."));
        sources.add(property(projectProperties, "property box.token in the pom", null));
        sources.add(property(systemProperties, "JVM system property box.token (MAVEN_OPTS or .mvn/jvm.config)", null));
        sources.add(server(serverId, servers));
        sources.add(environment(environment, EnvironmentVariables.BOX_TOKEN));
        return Collections.unmodifiableList(sources);
    }

    static TokenSource property(Properties properties, String description, String warning) {
        return new TokenSource() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public String howToSet() {
                return PROPERTY_HOW;
            }

            @Override
            public Optional<String> read() {
                return Optional.ofNullable(properties == null ? null : properties.getProperty(PROPERTY));
            }

            @Override
            public String warningWhenUsed() {
                return warning;
            }
        };
    }

    static TokenSource server(String serverId, ServerLookup servers) {
        return new TokenSource() {
            @Override
            public String description() {
                return "settings.xml server '" + serverId + "'";
            }

            @Override
            public String howToSet() {
                return "a settings.xml <server> with <id>" + serverId + "</id> and the token as <password>"
                        + " (box.serverId names the id)";
            }

            @Override
            public Optional<String> read() throws SettingsDecryptionFailed {
                return servers.find(serverId).map(SettingsServer::password).map(Secret::reveal);
            }
        };
    }

    static TokenSource environment(Map<String, String> environment, String name) {
        return new TokenSource() {
            @Override
            public String description() {
                return "environment variable " + name;
            }

            @Override
            public String howToSet() {
                return "the environment variable " + name;
            }

            @Override
            public Optional<String> read() {
                return Optional.ofNullable(environment.get(name));
            }
        };
    }
}
