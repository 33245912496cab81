package io.github.boxmaven.maven;

import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.credential.AuthPlanner;
import io.github.boxmaven.credential.CredentialInputs;
import io.github.boxmaven.credential.TokenSource;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import java.io.File;
import java.time.Instant;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

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

    /** The JWT app's JSON config as the Developer Console downloads it (or the passphrase in BOX_JWT_PASSPHRASE). */
    @Parameter(property = "box.jwtConfig")
    File jwtConfig;

    /** Hands an obtained or downscoped token to later steps, owner-only; in the runner's temporary directory. */
    @Parameter(property = "box.tokenFile")
    File tokenFile;

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
        return new CredentialInputs(clientId, jwtConfig == null ? null : jwtConfig.toPath(),
                session.getUserProperties(), project == null ? new Properties() : project.getProperties(),
                session.getSystemProperties(), serverId, new MavenServerLookup(session.getSettings(),
                settingsDecrypter), System.getenv(), writtenInPom(project));
    }

    /** When this build started. */
    Instant buildStarted() {
        return session.getRequest() == null || session.getRequest().getStartTime() == null ? Instant.now()
                : session.getRequest().getStartTime().toInstant();
    }

    /** Which secret properties the nearest pom that sets them holds as a written value, not an expression. */
    private static Set<String> writtenInPom(MavenProject project) {
        Set<String> written = new HashSet<>();
        for (String property : new String[] {TokenSource.PROPERTY, AuthPlanner.CLIENT_SECRET_PROPERTY}) {
            for (MavenProject pom = project; pom != null; pom = pom.getParent()) {
                String raw = pom.getOriginalModel() == null ? null : pom.getOriginalModel().getProperties()
                        .getProperty(property);
                if (raw != null) {
                    if (!raw.contains("${")) {
                        written.add(property);
                    }
                    break;
                }
            }
        }
        return written;
    }
}
