package io.github.boxmaven.maven;

import io.github.boxmaven.boxapi.BoxApiClient;
import io.github.boxmaven.check.CheckReport;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.check.VerifyTokenRun;
import io.github.boxmaven.expiry.ExpirySettings;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.report.GithubActions;
import io.github.boxmaven.report.Reports;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Pattern;
import javax.inject.Inject;

/**
 * Verifies that the build can talk to Box: takes a token ({@code box.token}, settings.xml, {@code BOX_TOKEN}) or
 * obtains one for an app (CCG, JWT), calls {@code GET /2.0/users/me}, and fails the build clearly when the credential
 * is missing or rejected or the token expires before {@code box.minValidity}. No secret is a parameter.
 */
@Mojo(name = "verify-token", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class VerifyTokenMojo extends AbstractBoxMojo {
    private static final String DEFAULT_LEDGER = "${user.home}/.m2/box-maven-plugin/token-ledger.properties";
    private static final Pattern EXPORTABLE_ID = Pattern.compile(BoxApiClient.ID);
    /**
     * Plainly an e-mail address: one {@code @}, letters, digits and {@code . _ + -} only. Maven evaluates {@code ${...}}
     * in a property's value, and maven-resources-plugin {@code @name@} in a filtered resource.
     */
    private static final Pattern EXPORTABLE_LOGIN = Pattern.compile("[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9.-]{1,189}");

    /** The least time the token must stay valid after the check; {@code 0s} only checks that Box accepts it. */
    @Parameter(property = "box.minValidity", defaultValue = "10m")
    String minValidity;

    /** When the token expires, if you know it: ISO-8601 such as {@code 2026-11-29T10:15:00Z}. Wins over the rest. */
    @Parameter(property = "box.token.expiresAt")
    String tokenExpiresAt;

    /** When the token was generated (ISO-8601); it then expires {@code box.token.lifetime} later. */
    @Parameter(property = "box.token.issuedAt")
    String tokenIssuedAt;

    /** How long a token lives after it is generated: 60 minutes for Box developer tokens. */
    @Parameter(property = "box.token.lifetime", defaultValue = "60m")
    String tokenLifetime;

    /**
     * The first-seen ledger: when this machine first saw each token (by SHA-256, never the token), which bounds a
     * developer token's expiry. {@code off} disables it; a relative path is taken from the project's directory.
     */
    @Parameter(property = "box.ledger", defaultValue = DEFAULT_LEDGER)
    String ledger;

    /**
     * {@code auto} (JWT when {@code box.jwtConfig} is set; the Client Credentials Grant when a client id, secret and
     * subject are available; else a token you have), {@code token}, {@code ccg} or {@code jwt}.
     */
    @Parameter(property = "box.auth", defaultValue = "auto")
    String auth;

    /** The enterprise the app's token acts for (its service account); else environment {@code BOX_ENTERPRISE_ID}. */
    @Parameter(property = "box.enterpriseId")
    String enterpriseId;

    /** A user the app's token acts for, instead of the enterprise; else environment {@code BOX_USER_ID}. */
    @Parameter(property = "box.userId")
    String userId;

    /** The JWT assertion's signature algorithm: {@code RS256}, {@code RS384} or {@code RS512}. */
    @Parameter(property = "box.jwtAlgorithm", defaultValue = "RS256")
    String jwtAlgorithm;

    /** Enterprise ids the token's user must be in, comma-separated (a user in none fails); not with the next. */
    @Parameter(property = "box.allowedEnterpriseIds")
    String allowedEnterpriseIds;

    /** Enterprise ids the token's user must not be in, comma-separated (a developer sandbox, say). */
    @Parameter(property = "box.forbiddenEnterpriseIds")
    String forbiddenEnterpriseIds;

    /** User ids the token's own user must be one of, comma-separated (the service account a job runs as). */
    @Parameter(property = "box.allowedUserIds")
    String allowedUserIds;

    /** A user the token acts as by Box's As-User header, checked and used for {@code box.folders}; else BOX_AS_USER. */
    @Parameter(property = "box.asUser")
    String asUser;

    /**
     * Folders the build needs, checked with the token the stage gets; {@code :upload} where it uploads, which runs Box's
     * upload preflight, optionally for the file's name: {@code 111:upload,222,333:upload=app-1.2.zip}.
     */
    @Parameter(property = "box.folders")
    String folders;

    /** The file size Box's upload preflight is asked about for each {@code :upload} folder: {@code 250MB}, {@code 2GiB}. */
    @Parameter(property = "box.uploadSize", defaultValue = "1MB")
    String uploadSize;

    /** Under {@code mvn -o}: {@code skip} (a WARNING that the token was not verified) or {@code fail}. */
    @Parameter(property = "box.offline", defaultValue = "skip")
    String offline;

    /** With {@code false}, no credential at all (a fork's pull request) is a WARNING; a rejected one still fails. */
    @Parameter(property = "box.failIfMissing", defaultValue = "true")
    boolean failIfMissing;

    /** The JSON report of the check (written only when there is a project); never holds a secret. */
    @Parameter(property = "box.report", defaultValue = "${project.build.directory}/box-verify-token.json")
    File report;

    /** A JUnit XML report with the check as one test case, for CI servers that show test results. Off when unset. */
    @Parameter(property = "box.junitReport")
    File junitReport;

    /** With {@code false}, a failed check is logged as WARNINGs and the build goes on (invalid parameters fail). */
    @Parameter(property = "box.failOnError", defaultValue = "true")
    boolean failOnError;

    /**
     * Hand later stages, in {@code box.tokenFile}, a token narrowed to these scopes by Box's token exchange (e.g.
     * {@code item_upload,base_explorer}); the full-scope token is written nowhere.
     */
    @Parameter(property = "box.downscope")
    String downscope;

    /** The one item the downscoped token is for, and checked on: {@code folder:111}, {@code file:222} or its URL. */
    @Parameter(property = "box.downscopeResource")
    String downscopeResource;

    @Inject
    public VerifyTokenMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        GithubActions github = new GithubActions(System.getenv(), System.out);
        MavenCheckLog log = new MavenCheckLog(getLog(), github);
        if (skip) {
            getLog().info("Box token check skipped (box.skip=true).");
            Reports.removeStale(buildStarted(), log, jsonReport(), junitReport == null ? null : junitReport.toPath());
            return;
        }
        CheckReport report = new VerifyTokenRun(log, verdictCache(), Clock.systemUTC()).run(parameters());
        publish(report, github, log);
    }

    /** The goal's parameters and session, once, as the plain values the core reads (jib's MavenRawConfiguration). */
    VerifyTokenRun.Parameters parameters() {
        VerifyTokenRun.Parameters values = new VerifyTokenRun.Parameters();
        values.baseUrl = baseUrl;
        values.timeout = timeout;
        values.retries = retries;
        values.minValidity = minValidity;
        values.tokenExpiresAt = tokenExpiresAt;
        values.tokenIssuedAt = tokenIssuedAt;
        values.tokenLifetime = tokenLifetime;
        values.ledger = ledgerPath();
        values.folders = folders;
        values.uploadSize = uploadSize;
        values.allowedEnterpriseIds = allowedEnterpriseIds;
        values.forbiddenEnterpriseIds = forbiddenEnterpriseIds;
        values.allowedUserIds = allowedUserIds;
        values.asUser = asUser;
        values.asUserEnvironment = System.getenv("BOX_AS_USER");
        values.tokenFile = path(tokenFile);
        values.downscope = downscope;
        values.downscopeResource = downscopeResource;
        values.offline = offline;
        values.failIfMissing = failIfMissing;
        values.failOnError = failOnError;
        values.auth = auth;
        values.enterpriseId = enterpriseId;
        values.userId = userId;
        values.jwtAlgorithm = jwtAlgorithm;
        values.credentials = credentials();
        values.proxies = this::proxy;
        values.mavenOffline = session.isOffline();
        values.buildStarted = buildStarted();
        MavenProject project = session.getCurrentProject();
        values.buildDirectory = project == null || project.getBuild() == null
                || project.getBuild().getDirectory() == null ? null : new File(project.getBuild().getDirectory()).toPath();
        return values;
    }

    /** {@code box.ledger}: null when {@code off}; blank is unset, so the default; relative from the project. */
    private Path ledgerPath() {
        String value = ledger == null || ledger.trim().isEmpty() ? DEFAULT_LEDGER : ledger.trim();
        return value.equalsIgnoreCase(ExpirySettings.LEDGER_OFF) ? null
                : path(value.replace("${user.home}", System.getProperty("user.home")));
    }

    /**
     * The outcome where Maven shows it: a passed check's user properties, a tolerated failure's WARNINGs, the
     * reports, and a failure's exception ({@code MojoExecutionException} for a mistake in the build itself).
     */
    private void publish(CheckReport report, GithubActions github, MavenCheckLog log) throws MojoExecutionException,
            MojoFailureException {
        BoxCheckFailure failure = report.failure;
        if (report.outcome == CheckReport.Outcome.PASSED) {
            exportUser(report.verdict, log);
        } else if (report.reused) {
            // the module that asked Box has said it all, with its annotations and reports
            getLog().warn("(checked once for this build) " + report.headline() + (report.outcome
                    == CheckReport.Outcome.WARNING ? " The build goes on because box.failOnError=false." : ""));
        } else if (report.outcome == CheckReport.Outcome.WARNING) {
            for (String line : failure.getMessage().split("\n")) {
                getLog().warn(line);
            }
            getLog().warn("The build goes on because box.failOnError=false.");
            getLog().debug(failure);
            github.warning(failure.getMessage());
        } else if (report.outcome == CheckReport.Outcome.FAILED) {
            github.error(failure.getMessage());
        }
        Reports.publish(report, jsonReport(), junitReport == null ? null : junitReport.toPath(), github, log,
                buildStarted());
        if (report.outcome == CheckReport.Outcome.FAILED) {
            if (failure.kind().group == FailureKind.Group.CONFIGURATION) {
                throw new MojoExecutionException(failure.getMessage(), failure);
            }
            throw new MojoFailureException(failure.getMessage(), failure);
        }
    }

    /** {@code box.report}, written only when there is a project; null otherwise. */
    private Path jsonReport() {
        MavenProject project = session.getCurrentProject();
        return project == null || project.getFile() == null || report == null ? null : report.toPath();
    }

    /**
     * {@code box.user.id} and {@code box.user.login} for later plugins. Maven evaluates {@code ${...}} in property
     * values (and filtered resources {@code @...@}), so what a server sent is exported only when it is plainly an id and
     * an e-mail address; else nothing, warned.
     */
    private void exportUser(Verdict verdict, MavenCheckLog log) {
        MavenProject project = session.getCurrentProject();
        if (project == null || verdict.user == null) {
            return;
        }
        String id = verdict.user.id;
        String login = verdict.user.login;
        if (!EXPORTABLE_ID.matcher(id).matches() || login != null && !EXPORTABLE_LOGIN.matcher(login).matches()) {
            log.warn("Box answered with a user id or login that is not plainly an id and an e-mail address (an id is"
                    + " digits; a login one @ among letters, digits and . _ + -), so box.user.id and box.user.login are"
                    + " not set: Maven would evaluate an expression inside them (${...}, or @...@ in a filtered"
                    + " resource).");
            return;
        }
        project.getProperties().setProperty("box.user.id", id);
        if (verdict.enterprise != null) { // digits, as Box's answer was read
            project.getProperties().setProperty("box.enterprise.id", verdict.enterprise.id);
        }
        if (login != null) {
            project.getProperties().setProperty("box.user.login", login);
        }
    }
}
