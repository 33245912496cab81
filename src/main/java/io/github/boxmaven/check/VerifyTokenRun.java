package io.github.boxmaven.check;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Choices;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.boxapi.BoxApiClient;
import io.github.boxmaven.boxapi.BoxConnection;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.boxapi.Sleeper;
import io.github.boxmaven.credential.AccessToken;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.credential.AuthPlan;
import io.github.boxmaven.credential.AuthPlanner;
import io.github.boxmaven.credential.CredentialInputs;
import io.github.boxmaven.credential.JwtAlgorithm;
import io.github.boxmaven.credential.TokenFile;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.expiry.ExpiryEstimator;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.BoxRefusals;
import io.github.boxmaven.failure.Causes;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.failure.NetworkFailures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * One run of {@code box:verify-token}, free of Maven, from parameters to report: plans the credential
 * ({@link AuthPlanner}), checks it with Box ({@link BoxConnection}) or reuses an earlier module's verdict, hands an
 * obtained token on, and applies the outcome rules ({@code box.offline}, {@code box.failIfMissing},
 * {@code box.failOnError}). Never throws.
 */
public final class VerifyTokenRun {
    /** {@code box.offline}: under {@code mvn -o}, a WARNING that the token was not verified, or a failure. */
    enum OfflineMode {
        SKIP, FAIL;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a handed-on token fails when it is too old or gone: then the plan's replacement obtains another. */
    private static final Set<FailureKind> NO_LONGER_PASSES = EnumSet.of(FailureKind.TOKEN_REJECTED,
            FailureKind.EXPIRES_TOO_SOON, FailureKind.DOWNSCOPED_ITEM_UNREACHABLE);

    /** The goal's parameters (named as their properties) and what Maven knows, as plain values the run parses. */
    public static final class Parameters {
        public String baseUrl;
        public String timeout;
        public int retries;
        public String minValidity;
        public String tokenExpiresAt;
        public String tokenIssuedAt;
        public String tokenLifetime;
        /** The first-seen ledger, resolved; null when {@code box.ledger=off}. */
        public Path ledger;
        public String folders;
        /** Absolute; null when not set. */
        public Path tokenFile;
        public String downscope;
        public String downscopeResource;
        public String offline;
        public boolean failIfMissing;
        public boolean failOnError;
        public String auth;
        public String enterpriseId;
        public String userId;
        public String jwtAlgorithm;
        public CredentialInputs credentials;
        /** The proxy Maven would use for a URL; null for none. */
        public Function<String, ProxySettings> proxies = url -> null;
        /** Whether Maven runs offline ({@code -o}). */
        public boolean mavenOffline;
        /** Only a token an earlier build handed on is taken as it is. */
        public Instant buildStarted;
        /** Where a token file does not belong; null without a project. */
        public Path buildDirectory;
    }

    private final CheckLog log;
    private final VerdictCache cache;
    private final JvmTls.Loader tls;
    private final Sleeper sleeper;
    private final Clock clock;

    public VerifyTokenRun(CheckLog log, VerdictCache cache, Clock clock) {
        this(log, cache, JvmTls::load, Sleeper.REAL, clock);
    }

    /** {@code tls} is read only for an HTTPS base URL; tests pass their own, and a sleeper that does not sleep. */
    VerifyTokenRun(CheckLog log, VerdictCache cache, JvmTls.Loader tls, Sleeper sleeper, Clock clock) {
        this.log = log;
        this.cache = cache;
        this.tls = tls;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** What happened: passed, failed (tolerated or not), or skipped. */
    public CheckReport run(Parameters parameters) {
        Instant started = clock.instant();
        AuthMethod method = null;
        try {
            TokenCheckSettings settings = TokenCheckSettings.parse(parameters);
            OfflineMode offline = Choices.parse(OfflineMode.class, "box.offline", parameters.offline);
            if (parameters.mavenOffline) {
                if (offline == OfflineMode.FAIL) {
                    throw NetworkFailures.offline();
                }
                log.warn("The Box token was not verified because Maven is offline (-o); box.offline=fail would fail"
                        + " the build.");
                return CheckReport.skipped("Maven is offline (-o): the Box token was not verified.",
                        parameters.baseUrl, clock.instant(), Duration.between(started, clock.instant()));
            }
            AuthPlanner planner = new AuthPlanner(parameters.credentials, Choices.parse(AuthMethod.class,
                    "box.auth", parameters.auth), parameters.enterpriseId, parameters.userId,
                    Choices.parse(JwtAlgorithm.class, "box.jwtAlgorithm", parameters.jwtAlgorithm));
            TokenFile.Contents before = settings.tokenFile == null ? null : new TokenFile(settings.tokenFile).read();
            AuthPlan plan = before == null ? planner.plan() : planner.plan(before, settings.handOnAsked(),
                    clock.instant(), parameters.buildStarted);
            method = plan.method;
            warnIfInside(settings, parameters.buildDirectory, plan);
            boolean[] checked = {false};
            Verdict verdict = verdict(settings, plan, before, checked);
            Duration took = Duration.between(started, clock.instant());
            log.info(checked[0] ? verdict.summary() + "; checked in " + Durations.format(took)
                    : "(checked once for this build) " + verdict.summary());
            return CheckReport.passed(verdict, !checked[0], method, parameters.baseUrl, clock.instant(), took);
        } catch (BoxCheckFailure e) {
            FailureKind.Group group = e.kind().group;
            Duration took = Duration.between(started, clock.instant());
            if (group == FailureKind.Group.MISSING_CREDENTIAL && !parameters.failIfMissing) {
                log.warn("No Box credential is configured, so the Box check is skipped (box.failIfMissing=false).");
                return CheckReport.skipped("No Box credential is configured (box.failIfMissing=false).",
                        parameters.baseUrl, clock.instant(), took);
            }
            boolean tolerated = !parameters.failOnError && group != FailureKind.Group.CONFIGURATION;
            return CheckReport.failed(e, tolerated, method, parameters.baseUrl, clock.instant(), took);
        }
    }

    /**
     * The verdict on {@code plan}: checked with Box by the build's first module to ask (which sets {@code checked[0]}),
     * else that module's. A handed-on token that no longer passes gives way to the plan's replacement, if any.
     */
    Verdict verdict(TokenCheckSettings settings, AuthPlan plan, TokenFile.Contents before, boolean[] checked)
            throws BoxCheckFailure {
        return cache.get(settings.cacheKey() + " " + plan.credential.identity(), () -> {
            checked[0] = true;
            try {
                return check(settings, plan, before);
            } catch (BoxCheckFailure refused) {
                if (plan.replacement == null || !NO_LONGER_PASSES.contains(refused.kind())) {
                    throw refused;
                }
                log.info("The token handed on in box.tokenFile no longer passes (" + refused.getMessage().split("\n",
                        2)[0] + "); obtaining a fresh one, which replaces it.");
                return check(settings, plan.replacement, before);
            }
        });
    }

    private Verdict check(TokenCheckSettings settings, AuthPlan plan, TokenFile.Contents before)
            throws BoxCheckFailure {
        log.info(plan.describe());
        plan.notes.forEach(note -> log.info(note + "."));
        plan.warnings.forEach(log::warn);
        if (settings.tokenFile != null && !plan.takesHandedOnToken() && !writesTokenFile(settings, plan)) {
            log.warn("box.tokenFile is written only for tokens the plugin obtains (box.auth=ccg or jwt, or"
                    + " box.downscope); " + settings.tokenFile + " was not written.");
        }
        if (plan.method.obtainsToken() && settings.baseUrl.appCredentialsWarning() != null) {
            log.warn(settings.baseUrl.appCredentialsWarning());
        }
        try (BoxConnection box = BoxConnection.open(settings.baseUrl, settings.timeout, settings.retryPolicy,
                settings.proxy, tls, sleeper, clock, log)) {
            return check(settings, plan, before, box);
        } catch (BoxCheckFailure failure) {
            removeStale(settings, plan, before);
            throw failure;
        }
    }

    private Verdict check(TokenCheckSettings settings, AuthPlan plan, TokenFile.Contents before, BoxConnection box)
            throws BoxCheckFailure {
        AccessToken token = plan.credential.accessToken(box.tokens);
        if (token.expiresAt != null) {
            log.registerSecret(token.value);
        }
        ExpiryEstimator estimator = new ExpiryEstimator(settings.expiry, log, clock);
        Expiry known = token.expiresAt != null ? Expiry.exact(Expiry.Basis.OBTAINED, token.expiresAt)
                : estimator.known(token.value.sha256Hex());
        log.debug("Box token " + token.origin + "; checking it at " + settings.baseUrl.display() + " (timeout "
                + Durations.format(settings.timeout) + ", " + settings.retryPolicy.retries + " retries)");
        Downscope downscope = settings.downscope;
        BoxUser user = null;
        String handedOn = "";
        if (plan.takesHandedOnToken() && downscope != null && downscope.item() != null) {
            // a token downscoped to one item can read that item, and what is inside it: never /users/me
            handedOn = "for " + downscope.item() + " '" + box.api.checkDownscopedItem(token.value,
                    downscope.resourceUrl(settings.baseUrl), downscope.item()) + "'";
        } else {
            String detail = known.rejectionDetail(clock.instant());
            user = box.api.currentUser(token.value, token.source, detail == null ? BoxRefusals.USUAL_REASONS
                    : known.hasPassed(clock.instant()) ? detail : BoxRefusals.USUAL_REASONS + "; " + detail);
        }
        List<String> folders = checkFolders(settings, box.api, token, user);
        Expiry expiry = token.expiresAt != null ? known : estimator.accepted(token.value.sha256Hex());
        expiry.require(settings.expiry.minValidity, clock.instant(), token.source, token.renewal, log);
        if (downscope != null && !plan.takesHandedOnToken()) {
            handedOn = handOnDownscoped(settings, box, token, plan, before);
        } else {
            handOn(settings, plan, before, token, "the obtained access token");
        }
        return new Verdict(user, token.origin, expiry, folders, handedOn, clock.instant());
    }

    /**
     * {@code box.downscope}: narrows the verified token by token exchange, checks it on its item and against
     * {@code box.minValidity}, and hands it on, never the full-scope token. Returns {@code hands on a token ...}.
     */
    private String handOnDownscoped(TokenCheckSettings settings, BoxConnection box, AccessToken verified,
            AuthPlan plan, TokenFile.Contents before) throws BoxCheckFailure {
        Downscope downscope = settings.downscope;
        AccessToken narrowed = AccessToken.downscoped(box.tokens.downscope(verified.value, downscope),
                downscope.describe());
        log.registerSecret(narrowed.value);
        String itemName = downscope.item() == null ? "" : " '" + box.api.checkDownscopedItem(narrowed.value,
                downscope.resourceUrl(settings.baseUrl), downscope.item()) + "'";
        Expiry expiry = Expiry.exact(Expiry.Basis.OBTAINED, narrowed.expiresAt);
        expiry.require(settings.expiry.minValidity, clock.instant(), narrowed.source, narrowed.renewal, log);
        handOn(settings, plan, before, narrowed, "a token downscoped to " + downscope.describe());
        return "hands on a token downscoped to " + downscope.describe() + itemName + " ("
                + expiry.describe(clock.instant()) + ")";
    }

    /** {@code box.folders}, each visible, and writable for {@code :upload}; {@code user} null for a one-item token. */
    private static List<String> checkFolders(TokenCheckSettings settings, BoxApiClient api, AccessToken token,
            BoxUser user) throws BoxCheckFailure {
        List<String> checked = new ArrayList<>();
        for (FolderRequirement folder : settings.folders) {
            String name = api.checkFolder(token.value, token.source, folder, user, user == null
                    ? settings.downscope.describe() : null);
            checked.add(folder.id + " '" + name + "'" + (folder.upload ? " (upload)" : ""));
        }
        return checked;
    }

    /** Whether a check of {@code plan} writes {@code box.tokenFile}: for a token the plugin obtains, not a handed-on one. */
    private static boolean writesTokenFile(TokenCheckSettings settings, AuthPlan plan) {
        return settings.tokenFile != null && !plan.takesHandedOnToken()
                && (plan.method.obtainsToken() || settings.downscope != null);
    }

    /** Writes {@code token} and its record, when the check writes the file; a file changed since {@code before} stays. */
    private void handOn(TokenCheckSettings settings, AuthPlan plan, TokenFile.Contents before, AccessToken token,
            String what) throws BoxCheckFailure {
        if (writesTokenFile(settings, plan)) {
            new TokenFile(settings.tokenFile).write(before, token.value, clock.instant(), token.expiresAt,
                    plan.handedOnFor(settings.handOnAsked()));
            log.info("Wrote " + what + " to " + settings.tokenFile + " (owner-only) for later steps of this build.");
        }
    }

    /** A failed check leaves no token file behind, not even an earlier build's; one written meanwhile stays. */
    private void removeStale(TokenCheckSettings settings, AuthPlan plan, TokenFile.Contents before) {
        if (!writesTokenFile(settings, plan) || !before.exists()) {
            return;
        }
        try {
            if (new TokenFile(settings.tokenFile).delete(before)) {
                log.info("Deleted " + settings.tokenFile + ", written by an earlier build: this check failed.");
            }
        } catch (IOException e) {
            log.warn("Cannot delete " + settings.tokenFile + " (" + Causes.describe(e) + "), a token file an earlier"
                    + " build wrote; delete it by hand.");
        }
    }

    /** Many CI setups archive the build directory; a token file does not belong there. */
    private void warnIfInside(TokenCheckSettings settings, Path buildDirectory, AuthPlan plan) {
        Path directory = buildDirectory == null ? null : buildDirectory.toAbsolutePath().normalize();
        if (directory != null && writesTokenFile(settings, plan) && settings.tokenFile.normalize()
                .startsWith(directory)) {
            log.warn("box.tokenFile " + settings.tokenFile + " lies inside the build directory " + directory
                    + ", which many CI setups archive; put it in the runner's temporary directory ($RUNNER_TEMP on"
                    + " GitHub Actions, $CI_BUILDS_DIR on GitLab) instead.");
        }
    }
}
