package io.github.boxmaven.maven;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.report.GithubActions;
import org.apache.maven.plugin.logging.Log;

/** The core's log, written to Maven's; warnings also become GitHub annotations on GitHub Actions. */
final class MavenCheckLog implements CheckLog {
    private final Log log;
    private final GithubActions github;

    MavenCheckLog(Log log, GithubActions github) {
        this.log = log;
        this.github = github;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
        github.warning(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void registerSecret(Secret token) {
        github.mask(token);
    }
}
