package io.github.boxmaven.maven;

import io.github.boxmaven.check.CheckReport;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.check.VerdictCache;
import io.github.boxmaven.check.VerifyTokenRun;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.report.GithubActions;
import io.github.boxmaven.report.Reports;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
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
public class VerifyTokenMojo extends VerifyTokenConfiguration {
    private static final Pattern EXPORTABLE_ID = Pattern.compile("[0-9]{1,20}");
    private static final Pattern EXPORTABLE_LOGIN = Pattern.compile("[\\x21-\\x7e&&[^${}]]{1,254}");

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
        CheckReport report = new VerifyTokenRun(session.isOffline(), failIfMissing, failOnError, log, verdictCache())
                .run(this, baseUrl, buildDirectory(), buildStarted());
        publish(report, github, log);
    }

    /**
     * The outcome where Maven shows it: the user's properties of a passed check, a tolerated failure's
     * WARNINGs, the reports of the module that ran the check, and a failure's exception. A configuration
     * failure fails the goal as a mistake in the build ({@code MojoExecutionException}).
     */
    private void publish(CheckReport report, GithubActions github, MavenCheckLog log) throws MojoExecutionException,
            MojoFailureException {
        BoxCheckFailure failure = report.failure();
        boolean configuration = failure != null && failure.kind().group() == FailureKind.Group.CONFIGURATION;
        if (report.outcome() == CheckReport.Outcome.PASSED) {
            exportUser(report.verdict(), log);
        } else if (report.outcome() == CheckReport.Outcome.WARNING) {
            for (String line : failure.getMessage().split("\n")) {
                getLog().warn(line);
            }
            getLog().warn("The build goes on because box.failOnError=false.");
            getLog().debug(failure);
            github.warning(failure.getMessage());
        } else if (report.outcome() == CheckReport.Outcome.FAILED) {
            github.error(failure.getMessage());
        }
        Reports.publish(report, jsonReport(), junitReport == null ? null : junitReport.toPath(), github, log,
                buildStarted());
        if (report.outcome() == CheckReport.Outcome.FAILED) {
            if (configuration) {
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

    private Instant buildStarted() {
        return session.getRequest() == null || session.getRequest().getStartTime() == null ? Instant.now()
                : session.getRequest().getStartTime().toInstant();
    }

    /** Shared by every module of this build; without a repository session (tests), not shared. */
    private VerdictCache verdictCache() {
        return session.getRepositorySession() == null ? VerdictCache.NONE
                : new SessionVerdictCache(session.getRepositorySession().getData());
    }

    /** The module's build directory, where a token file does not belong; null without a project. */
    private Path buildDirectory() {
        MavenProject project = session.getCurrentProject();
        return project == null || project.getBuild() == null || project.getBuild().getDirectory() == null ? null
                : new File(project.getBuild().getDirectory()).toPath();
    }

    /**
     * {@code box.user.id} and {@code box.user.login} for later plugins; never the token. Maven evaluates
     * {@code ${...}} inside property values (resource filtering, later plugins' parameters), so a value a server
     * sent is exported only when it is plainly an id and a login; otherwise nothing is, with a WARNING.
     */
    private void exportUser(Verdict verdict, MavenCheckLog log) {
        MavenProject project = session.getCurrentProject();
        if (project == null || verdict.user() == null) {
            return;
        }
        String id = verdict.user().id();
        String login = verdict.user().login();
        if (!EXPORTABLE_ID.matcher(id).matches() || login != null && !EXPORTABLE_LOGIN.matcher(login).matches()) {
            log.warn("Box answered with a user id or login that is not plain text (an id is digits; a login has no"
                    + " space, $, { or }), so box.user.id and box.user.login are not set: Maven would evaluate an"
                    + " expression inside them.");
            return;
        }
        project.getProperties().setProperty("box.user.id", id);
        if (login != null) {
            project.getProperties().setProperty("box.user.login", login);
        }
    }
}
