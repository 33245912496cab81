package io.github.boxmaven.maven;

import io.github.boxmaven.log.CheckLog;

import org.apache.maven.plugin.logging.Log;

/** The core's log, written to Maven's. */
final class MavenCheckLog implements CheckLog {
    private final Log log;

    MavenCheckLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
