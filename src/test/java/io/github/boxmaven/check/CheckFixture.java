package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.boxapi.RetryPolicy;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.credential.AuthPlan;
import io.github.boxmaven.credential.AuthPlanner;
import io.github.boxmaven.credential.TokenFile;
import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.expiry.ExpirySettings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A check against a server on loopback in one line: {@code CheckFixture.against(url).retries(2).verdict(plan)}.
 * It records what it logs and how long it would have slept, and never sleeps.
 */
public final class CheckFixture {
    public final RecordingLog log;
    public final List<Duration> sleeps;

    private final String baseUrl;
    private Duration timeout = Duration.ofSeconds(5);
    private int retries;
    private ExpirySettings expiry = new ExpirySettings(Duration.ZERO, null, null, Duration.ofMinutes(60), null);
    private List<FolderRequirement> folders = Collections.emptyList();
    private Path tokenFile;
    private String downscope;
    private String downscopeResource;
    private ProxySettings proxy;
    private JvmTls.Loader tls = JvmTls::load;
    private Clock clock = Clock.systemUTC();
    private VerdictCache cache = VerdictCache.NONE;

    private CheckFixture(String baseUrl, RecordingLog log, List<Duration> sleeps) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.sleeps = sleeps;
    }

    public static CheckFixture against(String baseUrl) {
        return new CheckFixture(baseUrl, new RecordingLog(), new ArrayList<>());
    }

    /** Several checks of one test that log and sleep into the same records. */
    public static CheckFixture against(String baseUrl, RecordingLog log, List<Duration> sleeps) {
        return new CheckFixture(baseUrl, log, sleeps);
    }

    /** The plan for a token in {@code BOX_TOKEN}. */
    public static AuthPlan tokenInEnvironment(String token) throws Exception {
        return Inputs.builder().auth(AuthMethod.TOKEN).environment(Map.of("BOX_TOKEN", token)).build().plan();
    }

    public CheckFixture timeout(Duration value) {
        this.timeout = value;
        return this;
    }

    /** Retries with a 500 ms initial backoff, as in a build. */
    public CheckFixture retries(int value) {
        this.retries = value;
        return this;
    }

    public CheckFixture expiry(ExpirySettings value) {
        this.expiry = value;
        return this;
    }

    public CheckFixture folders(String value) throws Exception {
        this.folders = FolderRequirement.parseList(value);
        return this;
    }

    public CheckFixture tokenFile(Path value) {
        this.tokenFile = value;
        return this;
    }

    /** {@code box.downscope} and {@code box.downscopeResource} (null for none). */
    public CheckFixture downscope(String scopes, String resource) {
        this.downscope = scopes;
        this.downscopeResource = resource;
        return this;
    }

    public CheckFixture proxy(ProxySettings value) {
        this.proxy = value;
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

    public TokenCheckSettings settings() throws Exception {
        BaseUrl base = BaseUrl.parse(baseUrl);
        return new TokenCheckSettings(base, timeout, new RetryPolicy(retries, Duration.ofMillis(500),
                Duration.ofSeconds(30)), expiry, folders, tokenFile, Downscope.parse(downscope, downscopeResource, base),
                proxy);
    }

    /** The run that checks, recording what it logs and how long it would have slept. */
    public VerifyTokenRun runner() {
        return new VerifyTokenRun(log, cache, tls, sleeps::add, clock);
    }

    /** Checks {@code plan} with what box.tokenFile holds before the check. */
    public Verdict verdict(AuthPlan plan) throws Exception {
        TokenCheckSettings settings = settings();
        return runner().verdict(settings, plan, before(settings), new boolean[1]);
    }

    /**
     * Plans with {@code planner} as a later build does (one that started after every hand-off so far), taking a token
     * an earlier build handed on in box.tokenFile when it may, and checks the plan.
     */
    public Verdict verdict(AuthPlanner planner) throws Exception {
        TokenCheckSettings settings = settings();
        TokenFile.Contents before = before(settings);
        AuthPlan plan = before == null ? planner.plan()
                : planner.plan(before, settings.handOnAsked(), clock.instant(), Instant.MAX);
        return runner().verdict(settings, plan, before, new boolean[1]);
    }

    private static TokenFile.Contents before(TokenCheckSettings settings) throws Exception {
        return settings.tokenFile == null ? null : new TokenFile(settings.tokenFile).read();
    }
}
