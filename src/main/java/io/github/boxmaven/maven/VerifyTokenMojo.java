package io.github.boxmaven.maven;

import io.github.boxmaven.check.TokenCheck;
import io.github.boxmaven.check.TokenCheckSettings;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.credential.TokenSource;
import io.github.boxmaven.credential.TokenSources;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.InsecureBaseUrl;
import io.github.boxmaven.failure.InvalidParameter;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.inject.Inject;

/**
 * Verifies that the build can talk to Box: finds a Box access token (property {@code box.token},
 * a settings.xml server, or the {@code BOX_TOKEN} environment variable), calls
 * {@code GET /2.0/users/me}, logs whom the token belongs to, and fails the build with a clear message
 * when the token is missing or rejected.
 *
 * <p>The token itself is never a parameter of this goal, so {@code mvn -X} cannot print it.
 */
@Mojo(name = "verify-token", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class VerifyTokenMojo extends AbstractMojo {

    /** Root of the Box API; API paths such as {@code /2.0/users/me} are appended to it. Plain http only to loopback. */
    @Parameter(property = "box.baseUrl", defaultValue = "https://api.box.com")
    private String baseUrl;

    /** Id of the settings.xml {@code <server>} whose {@code <password>} is the token (may be encrypted). */
    @Parameter(property = "box.serverId", defaultValue = "box")
    private String serverId;

    /**
     * Bounds the connection, each read and each whole call to Box: {@code 500ms}, {@code 10s}, {@code 1m},
     * or ISO-8601 such as {@code PT10S}.
     */
    @Parameter(property = "box.timeout", defaultValue = "10s")
    private String timeout;

    /** How often to retry when Box answers 429 (rate limited) or 5xx, with exponential backoff and Retry-After. */
    @Parameter(property = "box.retries", defaultValue = "2")
    private int retries;

    /** Skip the check: no token is read and no request made. */
    @Parameter(property = "box.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Fail the build when the check fails. With {@code false} every failure of the check is logged as a
     * WARNING and the build goes on; invalid parameters still fail.
     */
    @Parameter(property = "box.failOnError", defaultValue = "true")
    private boolean failOnError;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    private final SettingsDecrypter settingsDecrypter;

    @Inject
    public VerifyTokenMojo(SettingsDecrypter settingsDecrypter) {
        this.settingsDecrypter = settingsDecrypter;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Box token check skipped (box.skip=true).");
            return;
        }
        try {
            TokenCheckSettings settings = TokenCheckSettings.of(baseUrl, timeout, retries);
            Verdict verdict = new TokenCheck(settings, new MavenCheckLog(getLog())).run(tokenSources());
            getLog().info(verdict.summary());
        } catch (InvalidParameter | InsecureBaseUrl e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (BoxCheckFailure e) {
            if (failOnError) {
                throw new MojoFailureException(e.getMessage(), e);
            }
            for (String line : e.getMessage().split("\n")) {
                getLog().warn(line);
            }
            getLog().warn("The build goes on because box.failOnError=false.");
            getLog().debug(e);
        }
    }

    List<TokenSource> tokenSources() {
        MavenProject project = session.getCurrentProject();
        return TokenSources.standard(
                session.getUserProperties(),
                project == null ? new Properties() : project.getProperties(),
                session.getSystemProperties(),
                serverId,
                new MavenServerLookup(session.getSettings(), settingsDecrypter),
                environment());
    }

    /** The process environment; a seam for tests. */
    Map<String, String> environment() {
        return System.getenv();
    }
}
