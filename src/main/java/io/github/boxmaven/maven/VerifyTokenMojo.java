package io.github.boxmaven.maven;

import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.boxapi.RetryPolicy;
import io.github.boxmaven.check.CheckResult;
import io.github.boxmaven.check.Choices;
import io.github.boxmaven.check.Downscope;
import io.github.boxmaven.check.TokenCheck;
import io.github.boxmaven.check.TokenCheckSettings;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.check.VerdictCache;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.credential.AuthPlan;
import io.github.boxmaven.credential.AuthPlanner;
import io.github.boxmaven.credential.JwtAlgorithm;
import io.github.boxmaven.expiry.ExpirySettings;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.Causes;
import io.github.boxmaven.failure.ConfigurationFailure;
import io.github.boxmaven.failure.InvalidParameter;
import io.github.boxmaven.failure.NoCredentialFound;
import io.github.boxmaven.failure.OfflineBuild;
import io.github.boxmaven.report.CheckReport;
import io.github.boxmaven.report.GithubActions;
import io.github.boxmaven.report.JsonReport;
import io.github.boxmaven.report.JunitReport;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.inject.Inject;

/**
 * Verifies that the build can talk to Box: takes a Box access token (property {@code box.token}, a
 * settings.xml server, or the {@code BOX_TOKEN} environment variable) or obtains one for a Box app
 * (Client Credentials Grant or JWT), calls {@code GET /2.0/users/me}, logs whom the token belongs to,
 * and fails the build with a clear message when the credential is missing or rejected, or the token
 * will expire before {@code box.minValidity}. In a reactor, Box is asked once per credential.
 *
 * <p>Secrets (tokens, client secrets, passphrases) are never parameters of this goal, so {@code mvn -X}
 * cannot print them.
 */
@Mojo(name = "verify-token", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class VerifyTokenMojo extends AbstractBoxMojo {

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

    /**
     * How to get the token: {@code auto} (JWT when {@code box.jwtConfig} is set; the Client Credentials Grant
     * when a client id, a client secret and a subject are available; otherwise a token you have), {@code token},
     * {@code ccg} or {@code jwt}.
     */
    @Parameter(property = "box.auth", defaultValue = "auto")
    private String auth;

    /** The enterprise the app's token acts for (its service account); else environment {@code BOX_ENTERPRISE_ID}. */
    @Parameter(property = "box.enterpriseId")
    private String enterpriseId;

    /** A user the app's token acts for, instead of the enterprise; else environment {@code BOX_USER_ID}. */
    @Parameter(property = "box.userId")
    private String userId;

    /** The JWT assertion's signature algorithm: {@code RS256}, {@code RS384} or {@code RS512}. */
    @Parameter(property = "box.jwtAlgorithm", defaultValue = "RS256")
    private String jwtAlgorithm;

    /**
     * Folders the build needs, checked with the token: comma-separated ids, each optionally followed by
     * {@code :upload} when the build uploads there, e.g. {@code 111:upload,222}.
     */
    @Parameter(property = "box.folders")
    private String folders;

    /** Under {@code mvn -o}: {@code skip} (a WARNING that the token was not verified) or {@code fail}. */
    @Parameter(property = "box.offline", defaultValue = "skip")
    private String offline;

    /**
     * With {@code false}, a build where no credential is configured at all (a fork's pull request without
     * secrets) logs a WARNING and goes on; a credential that is present but rejected still fails.
     */
    @Parameter(property = "box.failIfMissing", defaultValue = "true")
    private boolean failIfMissing;

    /** The JSON report of the check (written only when there is a project); never holds a secret. */
    @Parameter(property = "box.report", defaultValue = "${project.build.directory}/box-verify-token.json")
    private File report;

    /** A JUnit XML report with the check as one test case, for CI servers that show test results. Off when unset. */
    @Parameter(property = "box.junitReport")
    private File junitReport;

    /**
     * Fail the build when the check fails. With {@code false} every failure of the check is logged as a
     * WARNING and the build goes on; invalid parameters still fail.
     */
    @Parameter(property = "box.failOnError", defaultValue = "true")
    private boolean failOnError;

    /**
     * Hand later stages a token narrowed to these Box scopes (comma-separated, e.g.
     * {@code item_upload,item_preview,base_explorer}) instead of the verified one: {@code box.tokenFile} then
     * holds a downscoped token obtained by Box's token exchange, and the full-scope token is written nowhere.
     */
    @Parameter(property = "box.downscope")
    private String downscope;

    /**
     * The one item the downscoped token is for: {@code folder:111}, {@code file:222}, or the item's API URL
     * ({@code https://api.box.com/2.0/folders/111}). The token is checked on it.
     */
    @Parameter(property = "box.downscopeResource")
    private String downscopeResource;

    @Inject
    public VerifyTokenMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Box token check skipped (box.skip=true).");
            return;
        }
        long started = System.nanoTime();
        GithubActions github = new GithubActions(System.getenv(), System.out);
        MavenCheckLog log = checkLog(github);
        AuthMethod method = null;
        CheckReport report;
        try {
            TokenCheckSettings settings = settings(log);
            if (session.isOffline()) {
                report = offline(log, started);
            } else {
                AuthPlan plan = checkPlanner().plan();
                if (settings.handsOnToken(plan.method())) {
                    warnIfInBuildDirectory(settings.tokenFile(), log);
                }
                method = plan.method();
                CheckResult result = new TokenCheck(settings, log, verdictCache()).run(plan);
                getLog().info(result.summary());
                exportUser(result.verdict());
                report = CheckReport.passed(result, method, baseUrl, Instant.now(), elapsed(started));
            }
        } catch (ConfigurationFailure e) {
            github.error(e.getMessage());
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (NoCredentialFound e) {
            report = failIfMissing ? failed(e, null, started, github) : skippedWithoutCredential(log, started);
        } catch (BoxCheckFailure e) {
            report = failed(e, method, started, github);
        }
        publish(report, github);
        if (report.outcome() == CheckReport.Outcome.FAILED) {
            throw new MojoFailureException(report.failure().getMessage(), report.failure());
        }
    }

    /** The parameters, validated; the proxy is Maven's choice for an HTTPS base URL. */
    private TokenCheckSettings settings(MavenCheckLog log) throws BoxCheckFailure {
        BaseUrl base = BaseUrl.parse(baseUrl);
        ProxySettings proxy = proxyFor(base, log);
        Path tokenPath = tokenFile == null ? null : tokenFile.toPath().toAbsolutePath();
        return new TokenCheckSettings(base, TokenCheckSettings.timeout(timeout), RetryPolicy.withRetries(retries),
                ExpirySettings.of(minValidity, tokenExpiresAt, tokenIssuedAt, tokenLifetime, ledgerPath()),
                FolderRequirement.parseList(folders), tokenPath, Downscope.parse(downscope, downscopeResource, base),
                proxy);
    }

    /** Everything that may hold a credential: properties, settings.xml, environment, parameters. */
    private AuthPlanner checkPlanner() throws InvalidParameter {
        return planner()
                .auth(Choices.parse(AuthMethod.class, "box.auth", auth))
                .enterpriseId(enterpriseId)
                .userId(userId)
                .jwtAlgorithm(Choices.parse(JwtAlgorithm.class, "box.jwtAlgorithm", jwtAlgorithm))
                .build();
    }

    /** Shared by every module of this build; without a repository session (tests), not shared. */
    private VerdictCache verdictCache() {
        return session.getRepositorySession() == null ? VerdictCache.NONE
                : new SessionVerdictCache(session.getRepositorySession().getData());
    }

    /** Many CI setups archive the build directory with the build's output; a token file does not belong there. */
    private void warnIfInBuildDirectory(Path file, MavenCheckLog log) {
        MavenProject project = session.getCurrentProject();
        if (project == null || project.getBuild() == null || project.getBuild().getDirectory() == null) {
            return;
        }
        Path buildDirectory = new File(project.getBuild().getDirectory()).toPath().toAbsolutePath().normalize();
        if (file.normalize().startsWith(buildDirectory)) {
            log.warn("box.tokenFile " + file + " lies inside the build directory " + buildDirectory + ", which many"
                    + " CI setups archive; put it in the runner's temporary directory ($RUNNER_TEMP on GitHub Actions,"
                    + " $CI_BUILDS_DIR on GitLab) instead.");
        }
    }

    private CheckReport offline(MavenCheckLog log, long started) throws BoxCheckFailure {
        if (Choices.parse(OfflineMode.class, "box.offline", offline) == OfflineMode.FAIL) {
            throw new OfflineBuild();
        }
        log.warn("The Box token was not verified because Maven is offline (-o); box.offline=fail would fail the build.");
        return CheckReport.skipped("Maven is offline (-o): the Box token was not verified.", baseUrl, Instant.now(),
                elapsed(started));
    }

    private CheckReport skippedWithoutCredential(MavenCheckLog log, long started) {
        log.warn("No Box credential is configured, so the Box check is skipped (box.failIfMissing=false).");
        return CheckReport.skipped("No Box credential is configured (box.failIfMissing=false).", baseUrl,
                Instant.now(), elapsed(started));
    }

    /** A failure: kept for the report; with {@code failOnError=false} logged as warnings right away. */
    private CheckReport failed(BoxCheckFailure e, AuthMethod method, long started, GithubActions github) {
        if (failOnError) {
            github.error(e.getMessage());
            return CheckReport.failed(e, false, method, baseUrl, Instant.now(), elapsed(started));
        }
        for (String line : e.getMessage().split("\n")) {
            getLog().warn(line);
        }
        getLog().warn("The build goes on because box.failOnError=false.");
        getLog().debug(e);
        github.warning(e.getMessage());
        return CheckReport.failed(e, true, method, baseUrl, Instant.now(), elapsed(started));
    }

    /**
     * The JSON report (when there is a project), the JUnit report and the GitHub step summary, written by
     * the module that ran the check; modules that reuse its verdict add nothing (one check, one report).
     */
    private void publish(CheckReport report, GithubActions github) {
        if (report.reused()) {
            return;
        }
        MavenProject project = session.getCurrentProject();
        try {
            if (project != null && project.getFile() != null && this.report != null) {
                JsonReport.write(this.report.toPath(), report);
            }
            if (junitReport != null) {
                JunitReport.write(junitReport.toPath(), report);
            }
            github.summary(report);
        } catch (IOException e) {
            getLog().warn("Cannot write the Box check's report (" + Causes.describe(e) + "); the check itself is not"
                    + " affected.");
        }
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
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

    /** {@code box.user.id} and {@code box.user.login} for later plugins; never the token. */
    private void exportUser(Verdict verdict) {
        MavenProject project = session.getCurrentProject();
        if (project == null) {
            return;
        }
        project.getProperties().setProperty("box.user.id", verdict.user().id());
        if (verdict.user().login() != null) {
            project.getProperties().setProperty("box.user.login", verdict.user().login());
        }
    }

    /** {@code box.offline}: what the goal does under {@code mvn -o}. */
    enum OfflineMode {
        SKIP, FAIL;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
