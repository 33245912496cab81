package io.github.boxmaven.maven;

import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.check.VerdictCache;
import io.github.boxmaven.credential.AuthPlanner;
import io.github.boxmaven.credential.CredentialInputs;
import io.github.boxmaven.credential.TokenSource;
import io.github.boxmaven.failure.Fixes;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/** The parameters both goals share, and what they read of Maven's session; no secret is a parameter. */
abstract class AbstractBoxMojo extends AbstractMojo {
    /** Root of the Box API; API paths such as {@code /2.0/users/me} are appended to it. Plain http only to loopback. */
    @Parameter(property = "box.baseUrl", defaultValue = BaseUrl.DEFAULT)
    String baseUrl;

    /** The settings.xml {@code <server>} whose {@code <password>} is the token, or the app's secret (and id). */
    @Parameter(property = "box.serverId", defaultValue = "box")
    String serverId;

    /** Bounds the connection, each read and each whole call to Box: {@code 500ms}, {@code 10s}, {@code PT1M}. */
    @Parameter(property = "box.timeout", defaultValue = "10s")
    String timeout;

    /** How often to retry when Box answers 429 (rate limited) or 5xx, with exponential backoff and Retry-After. */
    @Parameter(property = "box.retries", defaultValue = "2")
    int retries;

    /** The app's client id, if not the settings.xml server's {@code <username>}; the secret is never a parameter. */
    @Parameter(property = "box.clientId")
    String clientId;

    /**
     * The JWT app's JSON config as the Developer Console downloads it (or the passphrase in BOX_JWT_PASSPHRASE). A
     * relative path is taken from the project's directory; a blank one is unset.
     */
    @Parameter(property = "box.jwtConfig")
    String jwtConfig;

    /**
     * Hands an obtained or downscoped token to later steps, owner-only; in the runner's temporary directory. A relative
     * path is taken from the project's directory; a blank one is unset.
     */
    @Parameter(property = "box.tokenFile")
    String tokenFile;

    /** Skip the goal: no token is read and no request made. */
    @Parameter(property = "box.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    private final SettingsDecrypter settingsDecrypter;

    AbstractBoxMojo(SettingsDecrypter settingsDecrypter) {
        this.settingsDecrypter = settingsDecrypter;
    }

    /** The proxy Maven would use for {@code url} (settings.xml {@code <proxies>}); null for a direct connection. */
    ProxySettings proxy(String url) {
        return MavenProxies.forUrl(session.getRepositorySession(), url);
    }

    /** Where a token or the app's id and secret may come from: parameters, properties, settings.xml, environment. */
    CredentialInputs credentials() {
        MavenProject project = session.getCurrentProject();
        return new CredentialInputs(clientId, path(jwtConfig), property(TokenSource.PROPERTY,
                CredentialInputs.BOX_TOKEN, project), property(AuthPlanner.CLIENT_SECRET_PROPERTY,
                CredentialInputs.BOX_CLIENT_SECRET, project), serverId, new MavenServerLookup(session.getSettings(),
                settingsDecrypter), System.getenv());
    }

    /**
     * A path parameter as an absolute path, a relative one taken from the project's directory (as Maven takes a
     * {@code File}); null when blank, as a fork's {@code -Dbox.jwtConfig=$UNSET_VARIABLE} leaves it.
     */
    Path path(String value) {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        MavenProject project = session.getCurrentProject();
        File base = project != null && project.getBasedir() != null ? project.getBasedir()
                : new File(session.getExecutionRootDirectory() == null ? "." : session.getExecutionRootDirectory());
        return base.toPath().resolve(value.trim()).toAbsolutePath().normalize();
    }

    /** The build's verdicts, shared by every module; without a repository session (tests), not shared. */
    VerdictCache verdictCache() {
        return session.getRepositorySession() == null ? VerdictCache.NONE
                : new SessionVerdictCache(session.getRepositorySession().getData());
    }

    Instant buildStarted() {
        return session.getRequest() == null || session.getRequest().getStartTime() == null ? Instant.now()
                : session.getRequest().getStartTime().toInstant();
    }

    /**
     * A secret property from the first place that sets it, as Maven ranks them (jib's {@code getProperty}): {@code -D},
     * the pom, then MAVEN_OPTS; a blank value gives way to the next place. Null when no place sets it.
     */
    private CredentialInputs.Property property(String name, String environmentVariable, MavenProject project) {
        Properties pom = project == null ? new Properties() : project.getProperties();
        String[] values = {session.getUserProperties().getProperty(name), pom.getProperty(name),
            session.getSystemProperties().getProperty(name)};
        String[] places = {"-D" + name + " on the command line", "property " + name + " in the pom",
            "JVM system property " + name + " (MAVEN_OPTS or .mvn/jvm.config)"};
        String[] warnings = {Fixes.givenOnCommandLine(name, serverId, environmentVariable),
            writtenInPom(project, name) ? Fixes.writtenInPom(name, serverId, environmentVariable) : null, null};
        CredentialInputs.Property blank = null;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].trim().isEmpty()) {
                return new CredentialInputs.Property(values[i], places[i], warnings[i]);
            }
            if (values[i] != null && blank == null) {
                blank = new CredentialInputs.Property(values[i], places[i], null);
            }
        }
        return blank;
    }

    /** Whether the nearest pom that sets {@code property} holds it as a written value (published with it). */
    private static boolean writtenInPom(MavenProject project, String property) {
        for (MavenProject pom = project; pom != null; pom = pom.getParent()) {
            String raw = pom.getOriginalModel() == null ? null : pom.getOriginalModel().getProperties()
                    .getProperty(property);
            if (raw != null) {
                return !raw.contains("${");
            }
        }
        return false;
    }
}
