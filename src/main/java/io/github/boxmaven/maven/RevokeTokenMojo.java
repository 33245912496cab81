package io.github.boxmaven.maven;

import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.boxapi.RetryPolicy;
import io.github.boxmaven.check.TokenCheckSettings;
import io.github.boxmaven.check.TokenRevocation;
import io.github.boxmaven.credential.AuthPlanner;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.ConfigurationFailure;
import io.github.boxmaven.report.GithubActions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javax.inject.Inject;

/**
 * Revokes the token {@code box:verify-token} handed on in {@code box.tokenFile}, with the app's client id and secret,
 * and deletes the file: bound late, or an always-run CI step. A revocation that cannot happen is a WARNING.
 */
@Mojo(name = "revoke-token", threadSafe = true, requiresProject = false)
public class RevokeTokenMojo extends AbstractBoxMojo {
    @Inject
    public RevokeTokenMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Box token revocation skipped (box.skip=true).");
            return;
        }
        MavenCheckLog log = new MavenCheckLog(getLog(), new GithubActions(System.getenv(), System.out));
        Path file = path(tokenFile);
        if (file == null) {
            log.warn("box.tokenFile is not set, so there is no handed-on Box token to revoke.");
            return;
        }
        try {
            BaseUrl base = BaseUrl.parse(baseUrl);
            new TokenRevocation(base, TokenCheckSettings.timeout(timeout), RetryPolicy.withRetries(retries),
                    base.isHttps() ? proxy(base.display()) : null, log, JvmTls::load, Clock.systemUTC(), verdictCache())
                    .revoke(file, session.isOffline() ? Optional.empty() : new AuthPlanner(credentials()).appClient(),
                            session.isOffline());
        } catch (ConfigurationFailure e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (BoxCheckFailure e) {
            log.warn("Cannot revoke the Box token in " + file + ": " + e.getMessage());
        }
    }
}
