package io.github.boxmaven.check;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Choices;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.boxapi.AccessToken;
import io.github.boxmaven.boxapi.BoxConnection;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.boxapi.ObtainedToken;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.boxapi.Sleeper;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.credential.AuthPlan;
import io.github.boxmaven.credential.AuthPlanner;
import io.github.boxmaven.credential.CredentialInputs;
import io.github.boxmaven.credential.HandOff;
import io.github.boxmaven.credential.JwtAlgorithm;
import io.github.boxmaven.credential.TokenFile;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.expiry.ExpiryEstimator;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.PrincipalFailures;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.failure.NetworkFailures;
import io.github.boxmaven.failure.UploadFailures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One run of {@code box:verify-token}, free of Maven, from parameters to report: plans the credential
 * ({@link AuthPlanner}, and {@link HandOff} for {@code box.tokenFile}), checks it with Box ({@link BoxConnection}) or
 * reuses an earlier module's verdict, and applies the outcome rules ({@code box.offline}, {@code box.failIfMissing},
 * {@code box.failOnError}). Every failure the check knows ({@link BoxCheckFailure}) ends in a report.
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
        /** {@code box.uploadSize}; null for the default, 1MB. */
        public String uploadSize;
        public String allowedEnterpriseIds;
        public String forbiddenEnterpriseIds;
        public String allowedUserIds;
        public String asUser;
        /** The environment variable {@code BOX_AS_USER}, read when {@code asUser} is not set. */
        public String asUserEnvironment;
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
        boolean[] asked = {false, false}; // the cache was asked; this module checked
        List<FolderCheck> folders = new ArrayList<>(); // what this module checked of box.folders, also on a failure
        try {
            TokenCheckSettings settings = new TokenCheckSettings(parameters);
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
            HandOff handOff = settings.tokenFile == null ? null : HandOff.plan(settings.tokenFile,
                    TokenFile.Binding.asked(settings.baseUrl, settings.downscope), planner, clock.instant(),
                    parameters.buildStarted, parameters.buildDirectory, log);
            AuthPlan plan = handOff == null ? planner.plan() : handOff.plan();
            method = plan.method;
            asked[0] = true;
            Verdict verdict = cache.get(settings.cacheKey() + " " + (handOff == null ? plan.credential.identity()
                    : handOff.identity()), () -> {
                        asked[1] = true;
                        return handOff == null ? check(settings, plan, null, folders)
                                : handOff.check(current -> check(settings, current, handOff, folders));
                    });
            Duration took = Duration.between(started, clock.instant());
            log.info(asked[1] ? verdict.summary() + "; checked in " + Durations.format(took)
                    : "(checked once for this build) " + verdict.summary());
            return CheckReport.passed(verdict, !asked[1], method, parameters.baseUrl, clock.instant(), took);
        } catch (BoxCheckFailure e) {
            FailureKind.Group group = e.kind().group;
            Duration took = Duration.between(started, clock.instant());
            if (group == FailureKind.Group.MISSING_CREDENTIAL && !parameters.failIfMissing) {
                log.warn("No Box credential is configured, so the Box check is skipped (box.failIfMissing=false).");
                return CheckReport.skipped("No Box credential is configured (box.failIfMissing=false).",
                        parameters.baseUrl, clock.instant(), took);
            }
            boolean tolerated = !parameters.failOnError && group != FailureKind.Group.CONFIGURATION;
            return CheckReport.failed(e, tolerated, asked[0] && !asked[1], method, parameters.baseUrl,
                    clock.instant(), took, folders);
        }
    }

    /** Checks {@code plan} with Box, over a connection of its own; {@code handOff} null without box.tokenFile. */
    private Verdict check(TokenCheckSettings settings, AuthPlan plan, HandOff handOff, List<FolderCheck> record)
            throws BoxCheckFailure {
        log.info(plan.describe());
        plan.warnings.forEach(log::warn);
        if (handOff != null) {
            handOff.announce();
        }
        settings.principals.refuseBeforeRequest(plan.credential.enterprise());
        if (plan.method.obtainsToken() && settings.baseUrl.appCredentialsWarning() != null) {
            log.warn(settings.baseUrl.appCredentialsWarning());
        }
        try (BoxConnection box = BoxConnection.open(settings.baseUrl, settings.timeout, settings.retryPolicy,
                settings.proxy, tls, sleeper, clock, log)) {
            return check(settings, plan, handOff, box, record);
        }
    }

    /**
     * Verifies the token ({@code /users/me}, or its one item), its expiry, then what the stage gets: the token handed on
     * (downscoped when asked) is checked on its item and {@code box.folders}, and written only after all passed.
     */
    private Verdict check(TokenCheckSettings settings, AuthPlan plan, HandOff handOff, BoxConnection box,
            List<FolderCheck> record) throws BoxCheckFailure {
        AccessToken token = plan.credential.accessToken(box.tokens);
        if (token.kind.issuedNow()) {
            log.registerSecret(token.value);
        }
        ExpiryEstimator estimator = new ExpiryEstimator(settings.expiry, log, clock);
        Expiry known = token.kind == AccessToken.Kind.GIVEN ? estimator.known(token.value.sha256Hex()) : exact(token);
        log.debug("Box token " + token.origin + "; checking it at " + settings.baseUrl.display() + " (timeout "
                + Durations.format(settings.timeout) + ", " + settings.retryPolicy.retries + " retries)");
        Downscope downscope = settings.downscope;
        BoxUser user = null;
        String handedOn = "";
        if (token.kind == AccessToken.Kind.HANDED_ON && downscope != null && downscope.item() != null) {
            // a token downscoped to one item can read that item, and what is inside it: never /users/me
            handedOn = "for " + downscope.item() + " '" + box.api.checkDownscopedItem(token,
                    downscope.resourceUrl(settings.baseUrl), downscope.item()) + "'";
        } else {
            // a token issued to this run moments ago has no expiry to doubt: its reasons say so
            String detail = token.kind.issuedNow() ? null : known.rejectionDetail(clock.instant());
            user = box.api.currentUser(token, detail == null ? token.usualReasons()
                    : known.hasPassed(clock.instant()) ? detail : token.usualReasons() + "; " + detail);
        }
        if (user != null && "inactive".equals(user.status)) {
            throw UploadFailures.inactive(user.describe(), token.source);
        }
        BoxUser verified = user != null ? user : plan.credential.verifiedFor();
        if (verified != null) {
            settings.principals.require(token.source, verified);
        } else if (settings.principals.restrictsWho()) {
            throw PrincipalFailures.notRecorded(token.source);
        }
        BoxUser actingAs = null;
        if (settings.principals.asUser != null) {
            if (settings.principals.asUser.equals(user.id)) {
                throw PrincipalFailures.asUserIsTokenUser(user.describe(), settings.principals.asUserFrom + " "
                        + settings.principals.asUser);
            }
            actingAs = box.api.actAs(token, settings.principals.asUser, user.describe());
            if ("inactive".equals(actingAs.status)) {
                throw UploadFailures.inactive(actingAs.describe(), token.source + " acting by As-User");
            }
        }
        Expiry expiry = token.kind == AccessToken.Kind.GIVEN ? estimator.accepted(token.value.sha256Hex()) : known;
        expiry.require(settings.expiry.minValidity, clock.instant(), token.source, token.renewal, log);
        AccessToken stage = token;
        if (downscope != null && token.kind != AccessToken.Kind.HANDED_ON) {
            ObtainedToken narrowed = box.tokens.downscope(token.value, downscope);
            log.registerSecret(narrowed.accessToken);
            String notGranted = downscope.notGranted(narrowed.restrictedTo);
            if (notGranted != null) {
                throw UploadFailures.downscopeNotGranted(downscope.describe(), notGranted, String.join(", ",
                        narrowed.restrictedTo), narrowed.requestId);
            }
            stage = AccessToken.downscoped(narrowed, downscope.describe());
            String itemName = downscope.item() == null ? "" : " '" + box.api.checkDownscopedItem(stage,
                    downscope.resourceUrl(settings.baseUrl), downscope.item()) + "'";
            Expiry stageExpiry = exact(stage);
            stageExpiry.require(settings.expiry.minValidity, clock.instant(), stage.source, stage.renewal, log);
            handedOn = "hands on a token downscoped to " + downscope.describe() + itemName + " ("
                    + stageExpiry.describe(clock.instant()) + ")";
        }
        new FolderChecks(settings, box.api, log, record).check(stage, actingAs != null ? actingAs : user);
        if (handOff != null) {
            handOff.handOn(stage, stage == token ? "the obtained access token" : "a token downscoped to "
                    + downscope.describe(), verified, clock.instant());
        }
        return new Verdict(user, actingAs, verified == null ? null : verified.enterprise, token.origin, expiry, record,
                handedOn, new HashSet<>(Arrays.asList(token.value.sha256Hex(), stage.value.sha256Hex())),
                clock.instant());
    }

    /** The expiry of a token Box issued, to this run or to the step that handed it on. */
    private static Expiry exact(AccessToken token) {
        return Expiry.exact(token.kind == AccessToken.Kind.HANDED_ON ? Expiry.Basis.HANDED_ON : Expiry.Basis.OBTAINED,
                token.expiresAt);
    }
}
