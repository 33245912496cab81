package io.github.boxmaven.report;

import com.google.gson.JsonObject;
import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.boxapi.Json;
import io.github.boxmaven.check.CheckReport;
import io.github.boxmaven.failure.Causes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes a run's reports where the build asked for them: the JSON report, the JUnit report, and the GitHub
 * step summary. Only the module that ran the check writes them (one check, one report); none holds a secret.
 */
public final class Reports {
    /** Far more than any report of one check. */
    private static final int MAX_REPORT_BYTES = 64 * 1024;

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
     * Deletes each report an earlier build wrote at these paths (null paths are passed over), saying so: only a
     * regular file that was written before {@code buildStarted} (one written since is this build's) and is
     * recognisably this plugin's report, JSON whose {@code plugin} is {@code box-maven-plugin} or a JUnit XML test
     * suite of that name. Anything else at a report path is left as it is.
     */
    public static void removeStale(Instant buildStarted, CheckLog log, Path... files) {
        for (Path file : files) {
            try {
                if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        || !Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(buildStarted)) {
                    continue;
                }
                if (isReport(PrivateFiles.read(file, MAX_REPORT_BYTES))) {
                    Files.delete(file);
                    log.info("Deleted " + file + ", a Box check report of an earlier build: this run writes none.");
                } else {
                    log.info("Left " + file + " as it is: it is not a Box check report, though a report path names"
                            + " it.");
                }
            } catch (IOException e) {
                log.warn("Cannot delete " + file + ", a Box check report of an earlier build (" + Causes.describe(e)
                        + "); it does not describe this build.");
            }
        }
    }

    /** Whether {@code content} is a report this plugin wrote: {@link JsonReport} or {@link JunitReport}. */
    private static boolean isReport(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        JsonObject json = Json.parseObject(text);
        return json != null ? JsonReport.PLUGIN.equals(Json.string(json, "plugin"))
                : text.startsWith(JunitReport.PROLOGUE + "<testsuite name=\"" + JsonReport.PLUGIN + "\" ");
    }

    /** A plain write: a report holds no secret, and in a reactor every module may write one. */
    static void write(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
