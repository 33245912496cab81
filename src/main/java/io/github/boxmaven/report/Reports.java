package io.github.boxmaven.report;

import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.PluginInfo;
import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.Json;
import io.github.boxmaven.check.CheckReport;
import io.github.boxmaven.check.FolderCheck;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.failure.Causes;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A run's reports, JSON and JUnit, written with the GitHub step summary by the module that ran the check alone. */
public final class Reports {
    /** The reports' {@code plugin}: how a report of this plugin is told from any other file. */
    static final String PLUGIN = "box-maven-plugin";
    private static final String PROLOGUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    /** Far more than any report of one check. */
    private static final int MAX_REPORT_BYTES = 64 * 1024;

    private Reports() {}

    /** The reports of the module that checked; one that reused removes what an earlier build left. Paths may be null. */
    public static void publish(CheckReport report, Path json, Path junit, GithubActions github, CheckLog log,
            Instant buildStarted) {
        if (report.reused) {
            removeStale(buildStarted, log, json, junit);
            return;
        }
        try {
            if (json != null) {
                write(json, toJson(report) + "\n");
            }
            if (junit != null) {
                write(junit, toXml(report));
            }
            github.summary(report);
        } catch (IOException e) {
            log.warn("Cannot write the Box check's report (" + Causes.describe(e) + "); the check itself is not"
                    + " affected.");
        }
    }

    /**
     * Deletes what an earlier build (before {@code buildStarted}) left at these paths, saying so, only when it is
     * recognisably this plugin's report (JSON or JUnit); anything else is left as it is.
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

    /** Whether {@code content} is a report this plugin wrote, JSON or JUnit. */
    private static boolean isReport(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        JsonObject json = Json.parseObject(text);
        return json != null ? PLUGIN.equals(Json.string(json, "plugin"))
                : text.startsWith(PROLOGUE + "<testsuite name=\"" + PLUGIN + "\" ");
    }

    /** A plain write: a report holds no secret, and in a reactor every module may write one. */
    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file.toAbsolutePath(), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Each {@code box.folders} entry: what was checked (visible; the preflight, its name and size), with which token. */
    private static void folders(JsonWriter json, List<FolderCheck> folders) throws IOException {
        json.beginArray();
        for (FolderCheck folder : folders) {
            json.beginObject().name("id").value(folder.id).name("name").value(folder.name).name("upload")
                    .value(folder.upload);
            if (folder.upload) {
                json.name("preflight").beginObject().name("name").value(folder.uploadName).name("nameGiven")
                        .value(folder.uploadNameGiven).name("sizeBytes").value(folder.uploadSize).endObject();
            } else {
                json.name("preflight").nullValue();
            }
            json.name("token").value(folder.token).name("asUser").value(folder.asUser).name("outcome")
                    .value(folder.outcome.name().toLowerCase(Locale.ROOT).replace('_', '-')).name("failureKind")
                    .value(folder.failureKind).endObject();
        }
        json.endArray();
    }

    /** {@code box.report}: the run as pretty-printed JSON, nulls kept. */
    public static String toJson(CheckReport report) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setSerializeNulls(true);
            json.beginObject().name("plugin").value(PLUGIN).name("pluginVersion").value(PluginInfo.version());
            json.name("outcome").value(report.outcome.name().toLowerCase(Locale.ROOT));
            json.name("finishedAt").value(report.finishedAt.toString());
            json.name("durationMillis").value(report.duration.toMillis()).name("baseUrl").value(report.baseUrl);
            json.name("credential").beginObject();
            json.name("method").value(report.method == null ? null : report.method.toString());
            if (report.verdict != null) {
                json.name("origin").value(report.verdict.tokenOrigin);
            }
            json.endObject().name("reusedEarlierCheck").value(report.reused);
            if (report.verdict != null) {
                user(json.name("user"), report.verdict.user);
                BoxUser.Enterprise enterprise = report.verdict.enterprise;
                if (enterprise == null) {
                    json.name("enterprise").nullValue();
                } else {
                    json.name("enterprise").beginObject().name("id").value(enterprise.id).name("name")
                            .value(enterprise.name).endObject();
                }
                user(json.name("actingAs"), report.verdict.actingAs);
                Expiry expiry = report.verdict.expiry;
                json.name("expiry").beginObject().name("known").value(expiry.isKnown());
                json.name("basis").value(expiry.basis.name().toLowerCase(Locale.ROOT)).name("exact")
                        .value(expiry.basis.exact);
                if (expiry.isKnown()) {
                    json.name("expiresAt").value(expiry.expiresAt.toString());
                    json.name("remainingSeconds").value(expiry.remaining(report.verdict.checkedAt).getSeconds());
                }
                json.name("description").value(expiry.describe(report.verdict.checkedAt)).endObject();
                json.name("message").value(report.verdict.summary());
            }
            folders(json.name("folders"), report.folders);
            if (report.failure != null) {
                json.name("failure").beginObject().name("kind").value(report.failure.kind().id());
                json.name("message").value(report.failure.getMessage());
                json.name("boxRequestId").value(report.failure.requestId()).endObject();
            }
            if (report.skipReason != null) {
                json.name("skipReason").value(report.skipReason);
            }
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static void user(JsonWriter json, BoxUser user) throws IOException {
        if (user == null) {
            json.nullValue();
        } else {
            json.beginObject().name("id").value(user.id).name("login").value(user.login).name("name").value(user.name)
                    .endObject();
        }
    }

    /** {@code box.junitReport}: the check as one JUnit test case, which CI servers show beside the tests. */
    public static String toXml(CheckReport report) {
        String seconds = String.format(Locale.ROOT, "%.3f", report.duration.toMillis() / 1000.0);
        boolean failed = report.outcome == CheckReport.Outcome.FAILED;
        boolean skipped = report.outcome == CheckReport.Outcome.SKIPPED;
        StringBuilder xml = new StringBuilder(PROLOGUE);
        xml.append("<testsuite name=\"").append(PLUGIN).append("\" tests=\"1\" failures=\"").append(failed ? 1 : 0)
                .append("\" errors=\"0\" skipped=\"").append(skipped ? 1 : 0).append("\" time=\"").append(seconds)
                .append("\" timestamp=\"").append(report.finishedAt).append("\">\n");
        Verdict verdict = report.verdict;
        if (verdict != null && (verdict.user != null || verdict.enterprise != null)) {
            xml.append("  <properties>\n");
            property(xml, "box.user.id", verdict.user == null ? null : verdict.user.id);
            property(xml, "box.enterprise.id", verdict.enterprise == null ? "none" : verdict.enterprise.id);
            property(xml, "box.enterprise.name", verdict.enterprise == null ? null : verdict.enterprise.name);
            property(xml, "box.actingAs.id", verdict.actingAs == null ? null : verdict.actingAs.id);
            xml.append("  </properties>\n");
        }
        xml.append("  <testcase classname=\"").append(PLUGIN).append("\" name=\"verify-token\" time=\"")
                .append(seconds).append("\">\n");
        switch (report.outcome) {
            case FAILED:
                xml.append("    <failure type=\"").append(escape(report.failure.kind().id())).append("\" message=\"")
                        .append(escape(report.headline())).append("\">").append(escape(report.failure.getMessage()))
                        .append("</failure>\n");
                break;
            case SKIPPED:
                xml.append("    <skipped message=\"").append(escape(report.skipReason)).append("\"/>\n");
                break;
            default:
                xml.append("    <system-out>").append(escape(report.outcome == CheckReport.Outcome.WARNING
                        ? "WARNING (box.failOnError=false): " + report.failure.getMessage() : report.headline()))
                        .append("</system-out>\n");
        }
        xml.append("  </testcase>\n</testsuite>\n");
        return xml.toString();
    }

    private static void property(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append("    <property name=\"").append(name).append("\" value=\"").append(escape(value)).append("\"/>\n");
        }
    }

    /** XML-escaped, with every character XML 1.0 does not allow dropped (controls, U+FFFE, U+FFFF, lone surrogates). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int entity = "&<>\"".indexOf(c);
            if (entity >= 0) {
                out.append(new String[] {"&amp;", "&lt;", "&gt;", "&quot;"}[entity]);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isXmlChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isXmlChar(char c) {
        return c >= 0x20 && c <= 0xd7ff || c == '\t' || c == '\n' || c == '\r' || c >= 0xe000 && c <= 0xfffd;
    }
}
