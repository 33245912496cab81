package io.github.boxmaven.maven;

import io.github.boxmaven.check.VerifyTokenRun;
import io.github.boxmaven.expiry.ExpirySettings;
import org.apache.maven.project.MavenProject;
import java.io.File;
import java.nio.file.Path;

/** Maps the goal's parameters and session once into the plain values the core reads (jib's MavenRawConfiguration). */
final class MavenParameters {
    private MavenParameters() {}

    static VerifyTokenRun.Parameters of(VerifyTokenMojo mojo) {
        VerifyTokenRun.Parameters values = new VerifyTokenRun.Parameters();
        values.baseUrl = mojo.baseUrl;
        values.timeout = mojo.timeout;
        values.retries = mojo.retries;
        values.minValidity = mojo.minValidity;
        values.tokenExpiresAt = mojo.tokenExpiresAt;
        values.tokenIssuedAt = mojo.tokenIssuedAt;
        values.tokenLifetime = mojo.tokenLifetime;
        values.ledger = ledger(mojo);
        values.folders = mojo.folders;
        values.uploadSize = mojo.uploadSize;
        values.allowedEnterpriseIds = mojo.allowedEnterpriseIds;
        values.forbiddenEnterpriseIds = mojo.forbiddenEnterpriseIds;
        values.allowedUserIds = mojo.allowedUserIds;
        values.asUser = mojo.asUser;
        values.asUserEnvironment = System.getenv("BOX_AS_USER");
        values.tokenFile = mojo.path(mojo.tokenFile);
        values.downscope = mojo.downscope;
        values.downscopeResource = mojo.downscopeResource;
        values.offline = mojo.offline;
        values.failIfMissing = mojo.failIfMissing;
        values.failOnError = mojo.failOnError;
        values.auth = mojo.auth;
        values.enterpriseId = mojo.enterpriseId;
        values.userId = mojo.userId;
        values.jwtAlgorithm = mojo.jwtAlgorithm;
        values.credentials = mojo.credentials();
        values.proxies = mojo::proxy;
        values.mavenOffline = mojo.session.isOffline();
        values.buildStarted = mojo.buildStarted();
        MavenProject project = mojo.session.getCurrentProject();
        values.buildDirectory = project == null || project.getBuild() == null
                || project.getBuild().getDirectory() == null ? null : new File(project.getBuild().getDirectory()).toPath();
        return values;
    }

    /** {@code box.ledger}: null when {@code off}; blank is unset, so the default; relative from the project. */
    private static Path ledger(VerifyTokenMojo mojo) {
        String value = mojo.ledger == null || mojo.ledger.trim().isEmpty() ? VerifyTokenMojo.DEFAULT_LEDGER
                : mojo.ledger.trim();
        return value.equalsIgnoreCase(ExpirySettings.LEDGER_OFF) ? null
                : mojo.path(value.replace("${user.home}", System.getProperty("user.home")));
    }
}
