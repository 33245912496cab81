package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One place a token may come from: the Maven property {@code box.token}, a settings.xml server, the environment. */
public final class TokenSource {
    public static final String PROPERTY = "box.token";
    private static final String PROPERTY_HOW =
            "Maven property box.token (-Dbox.token=... or <box.token> in the pom's <properties>)";

    /** Reads the raw value, null when the place holds nothing; only reading settings.xml can fail. */
    @FunctionalInterface
    interface Reader {
        String read() throws BoxCheckFailure;
    }

    /** Where the token came from, for logs and messages: {@code settings.xml server 'box'}. */
    public final String description;
    /** How a user puts a token here, for the "no token found" message. */
    public final String howToSet;
    /** A warning to log when the token is taken from here, or {@code null}. */
    final String warning;
    final Reader reader;

    TokenSource(String description, String howToSet, String warning, Reader reader) {
        this.description = description;
        this.howToSet = howToSet;
        this.warning = warning;
        this.reader = reader;
    }

    /** The places in order of precedence: {@code box.token} (wherever Maven has it), settings.xml, the environment. */
    static List<TokenSource> standard(CredentialInputs.Property property, String serverId,
            CredentialInputs.ServerLookup servers, Map<String, String> environment) {
        TokenSource fromProperty = property == null
                ? new TokenSource("Maven property box.token", PROPERTY_HOW, null, () -> null)
                : new TokenSource(property.where, PROPERTY_HOW, property.warning, () -> property.value);
        return Collections.unmodifiableList(Arrays.asList(fromProperty,
                new TokenSource("settings.xml server '" + serverId + "'", "a settings.xml <server> with <id>"
                        + serverId + "</id> and the token as <password> (box.serverId names the id)", null,
                        () -> servers.find(serverId).map(found -> found.password).map(Secret::reveal).orElse(null)),
                environment(environment, CredentialInputs.BOX_TOKEN)));
    }

    static TokenSource environment(Map<String, String> environment, String name) {
        return new TokenSource("environment variable " + name, "the environment variable " + name, null,
                () -> environment.get(name));
    }
}
