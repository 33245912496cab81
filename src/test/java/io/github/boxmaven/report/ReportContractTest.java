package io.github.boxmaven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.boxmaven.base.PluginInfo;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.check.CheckReport;
import io.github.boxmaven.check.Verdict;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.failure.BoxRefusals;
import io.github.boxmaven.failure.NetworkFailures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The JSON and JUnit reports are a published contract (CI scripts read {@code failure.kind} and the JSON fields):
 * each outcome is compared whole with its golden file in {@code src/test/resources/reports/}, where
 * {@code @pluginVersion@} stands for the version in the POM. A change to a golden file is a change to the contract:
 * say so in the CHANGELOG. {@code -Dbox.writeGoldenReports=true} rewrites them, to review with {@code git diff}.
 */
class ReportContractTest {
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"passed", "passed-downscoped", "failed", "warning", "skipped"})
    void eachReportIsWhatItsGoldenFileSays(String outcome) throws Exception {
        CheckReport report = report(outcome);
        assertGolden(outcome + ".json", Reports.toJson(report) + "\n");
        assertGolden(outcome + ".xml", Reports.toXml(report));
    }

    @Test
    void theReportsNameThePomsVersion() {
        String version = System.getProperty("box.projectVersion");
        assertNotNull(version, "run through Maven, which passes the POM's version as box.projectVersion");
        assertEquals(version, PluginInfo.version());
        assertEquals("box-maven-plugin/" + version, PluginInfo.userAgent());
    }

    private static CheckReport report(String outcome) {
        switch (outcome) {
            case "passed":
                return CheckReport.passed(new Verdict(new BoxUser("12345", "Test User", "test@user.com", "active"),
                        "from settings.xml server 'box'", Expiry.firstSeen(NOW.minusSeconds(1800),
                        Duration.ofMinutes(60)), List.of("111 'Uploads' (upload)"), "", NOW), false, AuthMethod.TOKEN,
                        "https://api.box.com", NOW, Duration.ofMillis(150));
            case "passed-downscoped":
                return CheckReport.passed(new Verdict(null, "obtained by Client Credentials Grant for enterprise 777",
                        Expiry.exact(Expiry.Basis.OBTAINED, NOW.plusSeconds(3600)), List.of(),
                        "hands on a token downscoped to base_explorer on folder 111 'Uploads' (expires in 1h)", NOW),
                        false, AuthMethod.CCG, "https://api.box.com", NOW, Duration.ofMillis(420));
            case "failed":
                return CheckReport.failed(BoxRefusals.tokenRejected("environment variable BOX_TOKEN", "req-1"), false,
                        AuthMethod.TOKEN, "https://user:pw@api.box.com/?q=1", NOW, Duration.ofMillis(80));
            case "warning":
                return CheckReport.failed(NetworkFailures.unknownHost("api.box.com", null), true, AuthMethod.JWT,
                        "https://api.box.com", NOW, Duration.ofMillis(12));
            default:
                return CheckReport.skipped("Maven is offline (-o): the Box token was not verified.",
                        "https://api.box.com", NOW, Duration.ZERO);
        }
    }

    private static void assertGolden(String name, String actual) throws Exception {
        Path golden = Paths.get("src/test/resources/reports", name);
        String version = System.getProperty("box.projectVersion", "(the POM's version: run through Maven)");
        if (Boolean.getBoolean("box.writeGoldenReports")) {
            Files.write(golden, actual.replace("\"" + version + "\"", "\"@pluginVersion@\"")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String expected = new String(Files.readAllBytes(golden), StandardCharsets.UTF_8)
                .replace("@pluginVersion@", version);
        assertEquals(expected, actual, name);
    }
}
