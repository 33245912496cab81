package io.github.boxmaven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.check.CheckReport;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.failure.BoxRefusals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

class ReportsTest {
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @TempDir
    Path dir;

    private static CheckReport passed() {
        Verdict verdict = new Verdict(new BoxUser("12345", "Test User", "test@user.com", "active", null), null, null,
                "from settings.xml server 'box'", Expiry.exact(Expiry.Basis.EXPIRES_AT, NOW.plusSeconds(1800)), List.of(), "",
                Set.of(), NOW);
        return CheckReport.passed(verdict, false, AuthMethod.TOKEN, "https://api.box.com", NOW,
                Duration.ofMillis(150));
    }

    private static CheckReport failed(boolean tolerated) {
        return CheckReport.failed(BoxRefusals.tokenRejected("environment variable BOX_TOKEN", "req-1"), tolerated,
                false, AuthMethod.TOKEN, "https://api.box.com", NOW, Duration.ofMillis(80), List.of());
    }

    @Test
    void jsonReportHoldsOutcomeUserExpiryAndNoSecret() throws Exception {
        Path file = dir.resolve("target/box-verify-token.json");
        Reports.write(file, Reports.toJson(passed()) + "\n");
        JsonObject json = JsonParser.parseString(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertEquals("passed", json.get("outcome").getAsString());
        assertEquals("token", json.getAsJsonObject("credential").get("method").getAsString());
        assertEquals("from settings.xml server 'box'", json.getAsJsonObject("credential").get("origin").getAsString());
        assertEquals("test@user.com", json.getAsJsonObject("user").get("login").getAsString());
        assertEquals("expires_at", json.getAsJsonObject("expiry").get("basis").getAsString());
        assertEquals(1800, json.getAsJsonObject("expiry").get("remainingSeconds").getAsLong());
        assertEquals(150, json.get("durationMillis").getAsLong());
        assertTrue(json.get("pluginVersion").getAsString().length() > 0);
    }

    @Test
    void jsonReportOfAFailureHasKindMessageAndRequestId() {
        JsonObject json = JsonParser.parseString(Reports.toJson(failed(false))).getAsJsonObject();
        assertEquals("failed", json.get("outcome").getAsString());
        assertEquals("token-rejected", json.getAsJsonObject("failure").get("kind").getAsString());
        assertEquals("req-1", json.getAsJsonObject("failure").get("boxRequestId").getAsString());
        assertEquals("warning", JsonParser.parseString(Reports.toJson(failed(true))).getAsJsonObject().get("outcome")
                .getAsString());
        assertTrue(Reports.toJson(failed(false)).contains("\n  \"credential\": {\n    \"method\": \"token\"\n  },"),
                "pretty-printed, two spaces");
    }

    @Test
    void junitReportHasOneTestCaseThatFailsOrPasses() throws Exception {
        String failing = Reports.toXml(failed(false));
        assertTrue(failing.contains("<testsuite name=\"box-maven-plugin\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\""),
                failing);
        assertTrue(failing.contains("<failure type=\"token-rejected\" message=\"Box rejected the token from environment"
                + " variable BOX_TOKEN (HTTP 401)"), failing);
        String passing = Reports.toXml(passed());
        assertTrue(passing.contains("failures=\"0\""), passing);
        assertTrue(passing.contains("Test User &lt;test@user.com&gt;"), passing);
        String skipped = Reports.toXml(CheckReport.skipped("Maven is offline", "u", NOW, Duration.ZERO));
        assertTrue(skipped.contains("skipped=\"1\"") && skipped.contains("<skipped message=\"Maven is offline\"/>"), skipped);
        Path file = dir.resolve("reports/TEST-box.xml");
        Reports.write(file, Reports.toXml(failed(false)));
        assertTrue(Files.readAllLines(file).get(0).startsWith("<?xml"));
    }

    @Test
    void githubActionsGetsAnnotationsAtTheStartOfALineAndAStepSummary() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_ACTIONS", "true");
        Path summary = dir.resolve("summary.md");
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        GithubActions github = new GithubActions(env, new PrintStream(out, true, "UTF-8"));
        github.error("line one\nline two 100%");
        github.warning("careful");
        github.summary(failed(false));
        github.summary(passed());
        String printed = out.toString("UTF-8");
        assertTrue(printed.startsWith("::error title=Box token::line one%0Aline two 100%25\n"), printed);
        assertTrue(printed.contains("\n::warning title=Box token::careful\n"), printed);
        String markdown = new String(Files.readAllBytes(summary), StandardCharsets.UTF_8);
        assertTrue(markdown.contains("### :x: Box token check failed"), markdown);
        assertTrue(markdown.contains("> Box rejected the token from environment variable BOX_TOKEN"), markdown);
        assertTrue(markdown.contains("| User | Test User &lt;test@\u200buser.com&gt; (user 12345) |"), markdown);
    }

    @Test
    void serverTextInTheStepSummaryCannotAddLinksImagesHtmlOrCells() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_ACTIONS", "true");
        Path summary = dir.resolve("summary.md");
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        Verdict verdict = new Verdict(new BoxUser("1", "![x](https://evil.example/p.png) [click](https://evil.example)"
                + " <img src=x> | forged |", "a@b", "active", null), null, null, "from settings.xml server 'box'", Expiry.unknown("the ledger is off"), List.of(), "",
                Set.of(), NOW);
        new GithubActions(env, new PrintStream(new ByteArrayOutputStream(), true, "UTF-8"))
                .summary(CheckReport.passed(verdict, false, AuthMethod.TOKEN, "https://api.box.com", NOW,
                        Duration.ofMillis(1)));
        String markdown = new String(Files.readAllBytes(summary), StandardCharsets.UTF_8);
        assertTrue(markdown.contains("| User | \\!\\[x\\](https:\u200b//evil.example/p.png) \\[click\\]"
                + "(https:\u200b//evil.example) &lt;img src=x&gt; \\| forged \\| &lt;a@\u200bb&gt; (user 1) |\n"), markdown);
    }

    @Test
    void aReportOfAnEarlierBuildIsRemovedOneOfThisBuildStays() throws Exception {
        Instant buildStarted = Instant.now();
        Path old = dir.resolve("old.json");
        Files.write(old, "{\"plugin\": \"box-maven-plugin\", \"outcome\":\"passed\"}".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(buildStarted.minusSeconds(3600)));
        Path current = dir.resolve("current.xml");
        Files.write(current, "<testsuite/>".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(current, java.nio.file.attribute.FileTime.from(buildStarted.plusSeconds(1)));
        io.github.boxmaven.check.RecordingLog log = new io.github.boxmaven.check.RecordingLog();
        Reports.removeStale(buildStarted, log, old, current, null, dir.resolve("absent.json"));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(current));
        assertEquals("INFO Deleted " + old + ", a Box check report of an earlier build: this run writes none.", log.all());
    }

    @Test
    void aFileAtAReportPathThatIsNoReportOfThisPluginIsLeftAsItIs() throws Exception {
        Instant buildStarted = Instant.now();
        Path notes = dir.resolve("release-notes.md");
        Path otherSuite = dir.resolve("TEST-other.xml");
        Files.write(notes, "# 1.0\n- fixes\n".getBytes(StandardCharsets.UTF_8));
        Files.write(otherSuite, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"other\" tests=\"1\">"
                .getBytes(StandardCharsets.UTF_8));
        for (Path file : new Path[] {notes, otherSuite}) {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(buildStarted.minusSeconds(3600)));
        }
        io.github.boxmaven.check.RecordingLog log = new io.github.boxmaven.check.RecordingLog();
        Reports.removeStale(buildStarted, log, notes, otherSuite);
        assertTrue(Files.exists(notes) && Files.exists(otherSuite));
        assertEquals("INFO Left " + notes + " as it is: it is not a Box check report, though a report path names it.\n"
                + "INFO Left " + otherSuite + " as it is: it is not a Box check report, though a report path names it.",
                log.all());
    }

    @Test
    void aJunitReportOfThisPluginIsRecognisedAndRemoved() throws Exception {
        Instant buildStarted = Instant.now();
        Path junit = dir.resolve("TEST-box.xml");
        Files.write(junit, Reports.toXml(CheckReport.skipped("skipped", "https://api.box.com", NOW,
                Duration.ofMillis(1))).getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(junit, java.nio.file.attribute.FileTime.from(buildStarted.minusSeconds(3600)));
        Reports.removeStale(buildStarted, new io.github.boxmaven.check.RecordingLog(), junit);
        assertFalse(Files.exists(junit));
    }

    @Test
    void aMintedTokenIsMaskedOnALineOfItsOwnOnGithubOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GithubActions(Map.of("GITHUB_ACTIONS", "true"), new PrintStream(out, true, "UTF-8"))
                .mask(io.github.boxmaven.base.Secret.of("valid-sa-42"));
        assertEquals("::add-mask::valid-sa-42" + System.lineSeparator(), out.toString("UTF-8"));
        ByteArrayOutputStream elsewhere = new ByteArrayOutputStream();
        new GithubActions(Map.of(), new PrintStream(elsewhere, true, "UTF-8"))
                .mask(io.github.boxmaven.base.Secret.of("valid-sa-42"));
        assertEquals("", elsewhere.toString("UTF-8"));
    }

    @Test
    void serverTextInTheStepSummaryLinksToNothingAndNotifiesNobody() {
        assertEquals("see https:\u200b//evil.example, www\u200b.evil.example, @\u200bowner and #\u200b1",
                GithubActions.markdown("see https://evil.example, www.evil.example, @owner and #1"));
        assertEquals("10:15:00Z", GithubActions.markdown("10:15:00Z"));
    }

    @Test
    void junitXmlDropsWhatXmlCannotHold() {
        assertEquals("ab&lt;c&gt;\td\ud83d\ude00e", Reports.escape("a\u0000b<c>\td\ud83d\ude00\ufffe\uffff\ud800e\udc00"));
    }

    @Test
    void outsideGithubActionsNothingIsPrinted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GithubActions github = new GithubActions(new HashMap<>(), new PrintStream(out, true, "UTF-8"));
        github.error("x");
        github.summary(passed());
        assertEquals("", out.toString("UTF-8"));
        assertFalse(github.active);
    }
}
