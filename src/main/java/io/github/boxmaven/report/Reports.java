package io.github.boxmaven.report;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.check.CheckReport;
import io.github.boxmaven.failure.Causes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run's reports where the build asked for them: the JSON report, the JUnit report, and the GitHub
 * step summary. Only the module that ran the check writes them (one check, one report); none holds a secret.
 */
public final class Reports {
    private Reports() {}

    /**
     * @param json {@code box.report}, null for none
     * @param junit {@code box.junitReport}, null for none
     */
    public static void publish(CheckReport report, Path json, Path junit, GithubActions github, CheckLog log) {
        if (report.reused()) {
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

    /** A plain write: a report holds no secret, and in a reactor every module may write one. */
    static void write(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
