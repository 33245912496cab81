package io.github.boxmaven.maven;

import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.check.VerifyTokenRun;
import io.github.boxmaven.credential.CredentialInputs;
import org.apache.maven.project.MavenProject;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code box:verify-token}'s parameters and the Maven session, as the core reads them (jib's
 * {@code MavenRawConfiguration}): each getter returns a value, and none logs or parses.
 */
final class MavenParameters implements VerifyTokenRun.Parameters {
    private final VerifyTokenMojo mojo;

    MavenParameters(VerifyTokenMojo mojo) {
        this.mojo = mojo;
    }

    @Override
    public String baseUrl() {
        return mojo.baseUrl;
    }

    @Override
    public String timeout() {
        return mojo.timeout;
    }

    @Override
    public int retries() {
        return mojo.retries;
    }

    @Override
    public String minValidity() {
        return mojo.minValidity;
    }

    @Override
    public String tokenExpiresAt() {
        return mojo.tokenExpiresAt;
    }

    @Override
    public String tokenIssuedAt() {
        return mojo.tokenIssuedAt;
    }

    @Override
    public String tokenLifetime() {
        return mojo.tokenLifetime;
    }

    /** Relative paths are taken from the project's directory. */
    @Override
    public Path ledger() {
        String value = mojo.ledger == null ? "" : mojo.ledger.trim();
        if (value.isEmpty() || value.equalsIgnoreCase("off")) {
            return null;
        }
        MavenProject project = mojo.session.getCurrentProject();
        File base = project != null && project.getBasedir() != null ? project.getBasedir()
                : new File(mojo.session.getExecutionRootDirectory() == null ? "." : mojo.session.getExecutionRootDirectory());
        return base.toPath().resolve(value);
    }

    @Override
    public String folders() {
        return mojo.folders;
    }

    @Override
    public Path tokenFile() {
        return mojo.tokenFile == null ? null : mojo.tokenFile.toPath().toAbsolutePath();
    }

    @Override
    public String downscope() {
        return mojo.downscope;
    }

    @Override
    public String downscopeResource() {
        return mojo.downscopeResource;
    }

    @Override
    public String offline() {
        return mojo.offline;
    }

    @Override
    public boolean failIfMissing() {
        return mojo.failIfMissing;
    }

    @Override
    public boolean failOnError() {
        return mojo.failOnError;
    }

    @Override
    public String auth() {
        return mojo.auth;
    }

    @Override
    public String enterpriseId() {
        return mojo.enterpriseId;
    }

    @Override
    public String userId() {
        return mojo.userId;
    }

    @Override
    public String jwtAlgorithm() {
        return mojo.jwtAlgorithm;
    }

    @Override
    public CredentialInputs credentials() {
        return mojo.credentials();
    }

    @Override
    public ProxySettings proxy(String url) {
        return mojo.proxy(url);
    }

    @Override
    public boolean mavenOffline() {
        return mojo.session.isOffline();
    }

    @Override
    public Instant buildStarted() {
        return mojo.buildStarted();
    }

    @Override
    public Path buildDirectory() {
        MavenProject project = mojo.session.getCurrentProject();
        return project == null || project.getBuild() == null || project.getBuild().getDirectory() == null ? null
                : new File(project.getBuild().getDirectory()).toPath();
    }
}
