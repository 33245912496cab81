package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.Fixes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** One place a token may come from: a Maven property, a settings.xml server, an environment variable. */
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
    private final String warning;
    private final Reader reader;

    TokenSource(String description, String howToSet, String warning, Reader reader) {
        this.description = description;
        this.howToSet = howToSet;
        this.warning = warning;
        this.reader = reader;
    }

    /** The places in order of precedence: {@code -D}, the pom, MAVEN_OPTS, settings.xml, the environment. */
    public static List<TokenSource> standard(Properties user, Properties project, Properties system, String serverId,
            CredentialInputs.ServerLookup servers, Map<String, String> environment, boolean writtenInPom) {
        List<TokenSource> sources = new ArrayList<>();
        sources.add(new TokenSource("-Dbox.token on the command line", PROPERTY_HOW, Fixes.givenOnCommandLine(PROPERTY,
                serverId, CredentialInputs.BOX_TOKEN), () -> user.getProperty(PROPERTY)));
        sources.add(new TokenSource("property box.token in the pom", PROPERTY_HOW, writtenInPom
                ? Fixes.writtenInPom(PROPERTY, serverId, CredentialInputs.BOX_TOKEN) : null,
                () -> project.getProperty(PROPERTY)));
        sources.add(new TokenSource("JVM system property box.token (MAVEN_OPTS or .mvn/jvm.config)", PROPERTY_HOW,
                null, () -> system.getProperty(PROPERTY)));
        sources.add(new TokenSource("settings.xml server '" + serverId + "'", "a settings.xml <server> with <id>"
                + serverId + "</id> and the token as <password> (box.serverId names the id)", null,
                () -> servers.find(serverId).map(found -> found.password).map(Secret::reveal).orElse(null)));
        sources.add(environment(environment, CredentialInputs.BOX_TOKEN));
        return Collections.unmodifiableList(sources);
    }

    static TokenSource environment(Map<String, String> environment, String name) {
        return new TokenSource("environment variable " + name, "the environment variable " + name, null,
                () -> environment.get(name));
    }

    /** The raw value, empty when this place holds nothing. */
    public Optional<String> read() throws BoxCheckFailure {
        return Optional.ofNullable(reader.read());
    }

    /** A warning to log when the token is taken from here, or {@code null}. */
    public String warningWhenUsed() {
        return warning;
    }
}
