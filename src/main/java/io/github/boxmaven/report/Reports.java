package io.github.boxmaven.report;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.check.CheckReport;
import io.github.boxmaven.failure.Causes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes a run's reports where the build asked for them: the JSON report, the JUnit report, and the GitHub
 * step summary. Only the module that ran the check writes them (one check, one report); none holds a secret.
 */
public final class Reports {
    private Reports() {}

    /**
     * Writes the reports of the module that ran the check; a module that reused its verdict removes what an
     * earlier build left at its report paths, so that no old report passes for this build.
     *
     * @param json {@code box.report}, null for none
     * @param junit {@code box.junitReport}, null for none
     * @param buildStarted when this build started: a report written since is this build's
     */
    public static void publish(CheckReport report, Path json, Path junit, GithubActions github, CheckLog log,
            Instant buildStarted) {
        if (report.reused()) {
            removeStale(buildStarted, log, json, junit);
            return;
        }
        try {
            if (json != null) {
                write(json, JsonReport.toJson(report) + "\n");
            }
            if (junit != null) {
                write(junit, JunitReport.toXml(report));
            }
            github.summary(report);
        } catch (IOException e) {
            log.warn("Cannot write the Box check's report (" + Causes.describe(e) + "); the check itself is not"
                    + " affected.");
        }
    }

    /**
     * Deletes each report an earlier build wrote at these paths (null paths are passed over); one written
     * since {@code buildStarted} is this build's, and stays.
     */
    public static void removeStale(Instant buildStarted, CheckLog log, Path... files) {
        for (Path file : files) {
            try {
                if (file != null && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(buildStarted)) {
                    Files.delete(file);
                    log.debug("Deleted " + file + ", a report of an earlier build.");
                }
            } catch (IOException e) {
                log.warn("Cannot delete " + file + ", a Box check report of an earlier build (" + Causes.describe(e)
                        + "); it does not describe this build.");
            }
        }
    }

    /** A plain write: a report holds no secret, and in a reactor every module may write one. */
    static void write(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
