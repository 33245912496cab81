package io.github.boxmaven.maven;

import io.github.boxmaven.check.TokenCheck;
import io.github.boxmaven.check.TokenCheckSettings;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.credential.TokenSource;
import io.github.boxmaven.credential.TokenSources;
import io.github.boxmaven.expiry.ExpirySettings;
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

import java.io.File;
import java.nio.file.Path;
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

    /**
     * The least time the token must stay valid after the check, e.g. as long as the stages that need Box take.
     * {@code 0s} only checks that Box accepts it.
     */
    @Parameter(property = "box.minValidity", defaultValue = "10m")
    private String minValidity;

    /**
     * When the token expires, if you know it: ISO-8601 such as {@code 2026-11-29T10:15:00Z} or with an offset.
     * Wins over {@code box.token.issuedAt} and the ledger.
     */
    @Parameter(property = "box.token.expiresAt")
    private String tokenExpiresAt;

    /** When the token was generated (ISO-8601); it then expires {@code box.token.lifetime} later. */
    @Parameter(property = "box.token.issuedAt")
    private String tokenIssuedAt;

    /** How long a token lives after it is generated: 60 minutes for Box developer tokens. */
    @Parameter(property = "box.token.lifetime", defaultValue = "60m")
    private String tokenLifetime;

    /**
     * The first-seen ledger: remembers (by SHA-256, never the token) when this machine first saw each token,
     * which bounds a developer token's expiry. {@code off} disables it. A relative path is taken from the
     * project's directory.
     */
    @Parameter(property = "box.ledger", defaultValue = "${user.home}/.m2/box-maven-plugin/token-ledger.properties")
    private String ledger;

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
            TokenCheckSettings settings = TokenCheckSettings.of(baseUrl, timeout, retries,
                    ExpirySettings.of(minValidity, tokenExpiresAt, tokenIssuedAt, tokenLifetime, ledgerPath()));
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

    /** The ledger file, null when {@code box.ledger=off}; relative paths are taken from the project's directory. */
    private Path ledgerPath() {
        if (ledger == null || ledger.trim().isEmpty() || ledger.trim().equalsIgnoreCase(ExpirySettings.LEDGER_OFF)) {
            return null;
        }
        File file = new File(ledger.trim());
        if (!file.isAbsolute()) {
            MavenProject project = session.getCurrentProject();
            File base = project != null && project.getBasedir() != null ? project.getBasedir()
                    : new File(session.getExecutionRootDirectory() == null ? "." : session.getExecutionRootDirectory());
            file = new File(base, file.getPath());
        }
        return file.toPath();
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
