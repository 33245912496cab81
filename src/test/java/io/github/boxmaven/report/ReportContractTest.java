package io.github.boxmaven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.boxmaven.base.PluginInfo;
import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.check.CheckFixture;
import io.github.boxmaven.check.CheckReport;
import io.github.boxmaven.credential.CredentialInputs.SettingsServer;
import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.standin.BoxStandIn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON and JUnit reports are a published contract (CI scripts read {@code failure.kind} and the JSON fields):
 * each outcome, as a real check against the stand-in makes it (fixed clock), is compared whole with its golden file in
 * {@code src/test/resources/reports/}, where {@code @pluginVersion@} stands for the version in the POM and
 * {@code @baseUrl@} for the stand-in. A change to a golden file is a change to the contract: say so in the CHANGELOG.
 * {@code -Dbox.writeGoldenReports=true} rewrites them, to review with {@code git diff}.
 */
class ReportContractTest {
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"passed", "passed-downscoped", "failed", "warning", "skipped"})
    void eachReportIsWhatItsGoldenFileSays(String outcome) throws Exception {
        try (BoxStandIn box = BoxStandIn.start(0)) {
            CheckReport report = report(outcome, CheckFixture.against(box.url()).clock(Clock.fixed(NOW,
                    ZoneOffset.UTC)));
            assertGolden(outcome + ".json", Reports.toJson(report) + "\n", box.url());
            assertGolden(outcome + ".xml", Reports.toXml(report), box.url());
        }
    }

    @Test
    void theReportsNameThePomsVersion() {
        String version = System.getProperty("box.projectVersion");
        assertNotNull(version, "run through Maven, which passes the POM's version as box.projectVersion");
        assertEquals(version, PluginInfo.version());
        assertEquals("box-maven-plugin/" + version, PluginInfo.userAgent());
    }

    private CheckReport report(String outcome, CheckFixture check) throws Exception {
        Inputs ccg = CheckFixture.standInCcg();
        switch (outcome) {
            case "passed":
                Path ledger = dir.resolve("ledger.properties");
                PrivateFiles.writeAtomically(ledger, (Secret.of("valid-report").sha256Hex() + "="
                        + NOW.minusSeconds(1800) + "\n").getBytes(StandardCharsets.UTF_8));
                return check.expiry("10m", null, null, ledger).folders("111:upload=app-1.2.zip,222").report(Inputs.builder()
                        .server("box", id -> Optional.of(new SettingsServer(null, Secret.of("valid-report")))));
            case "passed-downscoped":
                return check.downscope("base_explorer", "folder:111").tokenFile(dir.resolve("box-token")).report(ccg);
            case "failed":
                return check.report(CheckFixture.tokenInEnvironment("rejected-report"));
            case "warning":
                return check.failOnError(false).report(Inputs.builder().clientId(BoxStandIn.CCG_CLIENT_ID)
                        .enterpriseId("777").environment(Map.of("BOX_CLIENT_SECRET", "not-the-secret")));
            default:
                return check.mavenOffline(true).report(ccg);
        }
    }

    private static void assertGolden(String name, String actual, String baseUrl) throws Exception {
        Path golden = Paths.get("src/test/resources/reports", name);
        String version = System.getProperty("box.projectVersion", "(the POM's version: run through Maven)");
        if (Boolean.getBoolean("box.writeGoldenReports")) {
            Files.write(golden, actual.replace("\"" + version + "\"", "\"@pluginVersion@\"").replace(baseUrl,
                    "@baseUrl@").getBytes(StandardCharsets.UTF_8));
        }
        String expected = new String(Files.readAllBytes(golden), StandardCharsets.UTF_8)
                .replace("@pluginVersion@", version).replace("@baseUrl@", baseUrl);
        assertEquals(expected, actual, name);
    }
}
