package io.github.boxmaven.check;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.standin.BoxStandIn;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A check against a server on loopback in one line, run as the goal runs it ({@link VerifyTokenRun#run}):
 * {@code CheckFixture.against(url).retries(2).verdict(inputs)}. It records what it logs and how long it would have
 * slept, and never sleeps. Each check is a build of its own unless {@link #buildStarted} says otherwise.
 */
public final class CheckFixture {
    public final RecordingLog log;
    public final List<Duration> sleeps;

    private final VerifyTokenRun.Parameters parameters = new VerifyTokenRun.Parameters();
    private JvmTls.Loader tls = JvmTls::load;
    private Clock clock = Clock.systemUTC();
    private VerdictCache cache = VerdictCache.NONE;

    private CheckFixture(String baseUrl, RecordingLog log, List<Duration> sleeps) {
        this.log = log;
        this.sleeps = sleeps;
        parameters.baseUrl = baseUrl;
        parameters.timeout = "5s";
        parameters.minValidity = "0s";
        parameters.tokenLifetime = "60m";
        parameters.offline = "skip";
        parameters.failIfMissing = true;
        parameters.failOnError = true;
        parameters.buildStarted = Instant.MAX;
    }

    public static CheckFixture against(String baseUrl) {
        return new CheckFixture(baseUrl, new RecordingLog(), new ArrayList<>());
    }

    /** Several checks of one test that log and sleep into the same records. */
    public static CheckFixture against(String baseUrl, RecordingLog log, List<Duration> sleeps) {
        return new CheckFixture(baseUrl, log, sleeps);
    }

    /** The stand-in's CCG app for its service account: enterprise 777, the secret in {@code BOX_CLIENT_SECRET}. */
    public static Inputs standInCcg() {
        return Inputs.builder().clientId(BoxStandIn.CCG_CLIENT_ID).enterpriseId("777")
                .environment(Map.of("BOX_CLIENT_SECRET", BoxStandIn.CCG_CLIENT_SECRET));
    }

    /** A token in {@code BOX_TOKEN}, checked as {@code box.auth=token}. */
    public static Inputs tokenInEnvironment(String token) {
        return Inputs.builder().auth(AuthMethod.TOKEN).environment(Map.of("BOX_TOKEN", token));
    }

    public CheckFixture timeout(Duration value) {
        parameters.timeout = value.toMillis() + "ms";
        return this;
    }

    /** Retries with a 500 ms initial backoff, as in a build. */
    public CheckFixture retries(int value) {
        parameters.retries = value;
        return this;
    }

    public CheckFixture minValidity(String value) {
        parameters.minValidity = value;
        return this;
    }

    /** {@code box.minValidity}, {@code box.token.expiresAt}, {@code box.token.issuedAt} (null: not set), the ledger. */
    public CheckFixture expiry(String minValidity, String expiresAt, String issuedAt, Path ledger) {
        parameters.minValidity = minValidity;
        parameters.tokenExpiresAt = expiresAt;
        parameters.tokenIssuedAt = issuedAt;
        parameters.ledger = ledger;
        return this;
    }

    public CheckFixture folders(String value) {
        parameters.folders = value;
        return this;
    }

    /** {@code box.uploadSize}. */
    public CheckFixture uploadSize(String value) {
        parameters.uploadSize = value;
        return this;
    }

    public CheckFixture tokenFile(Path value) {
        parameters.tokenFile = value == null ? null : value.toAbsolutePath();
        return this;
    }

    /** {@code box.downscope} and {@code box.downscopeResource} (null for none). */
    public CheckFixture downscope(String scopes, String resource) {
        parameters.downscope = scopes;
        parameters.downscopeResource = resource;
        return this;
    }

    /** {@code box.allowedEnterpriseIds}, {@code box.forbiddenEnterpriseIds}, {@code box.allowedUserIds} (null: unset). */
    public CheckFixture principals(String allowedEnterprises, String forbiddenEnterprises, String allowedUsers) {
        parameters.allowedEnterpriseIds = allowedEnterprises;
        parameters.forbiddenEnterpriseIds = forbiddenEnterprises;
        parameters.allowedUserIds = allowedUsers;
        return this;
    }

    /** {@code box.asUser}, and the environment variable {@code BOX_AS_USER} (null: unset). */
    public CheckFixture asUser(String value, String environment) {
        parameters.asUser = value;
        parameters.asUserEnvironment = environment;
        return this;
    }

    public CheckFixture proxy(ProxySettings value) {
        parameters.proxies = url -> value;
        return this;
    }

    public CheckFixture failOnError(boolean value) {
        parameters.failOnError = value;
        return this;
    }

    public CheckFixture failIfMissing(boolean value) {
        parameters.failIfMissing = value;
        return this;
    }

    /** {@code mvn -o}: Maven runs offline. */
    public CheckFixture mavenOffline(boolean value) {
        parameters.mavenOffline = value;
        return this;
    }

    /** Where the build directory lies, for the warning about a token file inside it. */
    public CheckFixture buildDirectory(Path value) {
        parameters.buildDirectory = value;
        return this;
    }

    /** When the build started: checks with the same instant are modules of one build. */
    public CheckFixture buildStarted(Instant value) {
        parameters.buildStarted = value;
        return this;
    }

    public CheckFixture trusting(JvmTls value) {
        this.tls = () -> value;
        return this;
    }

    public CheckFixture clock(Clock value) {
        this.clock = value;
        return this;
    }

    public CheckFixture sharedThrough(VerdictCache value) {
        this.cache = value;
        return this;
    }

    /** Runs the goal's check with what {@code inputs} give, as a build would, and returns its report. */
    public CheckReport report(Inputs inputs) {
        inputs.into(parameters);
        return new VerifyTokenRun(log, cache, tls, sleeps::add, clock).run(parameters);
    }

    /** The verdict of a check that passed; a failure is thrown, as the check found it. */
    public Verdict verdict(Inputs inputs) throws BoxCheckFailure {
        CheckReport report = report(inputs);
        if (report.failure != null) {
            throw report.failure;
        }
        if (report.verdict == null) {
            fail("the check was skipped: " + report.skipReason);
        }
        return report.verdict;
    }
}
