package io.github.boxmaven.check;

import io.github.boxmaven.failure.Causes;
import io.github.boxmaven.auth.AppCredential;
import io.github.boxmaven.auth.AuthPlan;
import io.github.boxmaven.auth.ObtainedToken;
import io.github.boxmaven.auth.TokenEndpointClient;
import io.github.boxmaven.auth.TokenFile;
import io.github.boxmaven.boxapi.BoxApiClient;
import io.github.boxmaven.boxapi.BoxHttp;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.boxapi.HttpClients;
import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.boxapi.Sleeper;
import io.github.boxmaven.credential.ResolvedToken;
import io.github.boxmaven.credential.Secret;
import io.github.boxmaven.credential.TokenResolver;
import io.github.boxmaven.credential.TokenSource;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.expiry.ExpiryEstimator;
import io.github.boxmaven.expiry.MinimumValidity;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.CredentialConfigInvalid;
import io.github.boxmaven.failure.TokenRejected;
import io.github.boxmaven.failure.TrustStoreUnreadable;
import io.github.boxmaven.log.CheckLog;
import io.github.boxmaven.time.Durations;

import okhttp3.OkHttpClient;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The check, free of Maven: finds or obtains the token, asks Box whom it belongs to (and about the
 * folders the build needs), judges its expiry, and returns the verdict or throws the failure that
 * explains what is wrong.
 */
public final class TokenCheck {
    private final TokenCheckSettings settings;
    private final CheckLog log;
    private final Sleeper sleeper;
    private final Clock clock;
    private VerdictCache cache = VerdictCache.NONE;
    private boolean reused;
    private String authLine;

    public TokenCheck(TokenCheckSettings settings, CheckLog log) {
        this(settings, log, Sleeper.REAL, Clock.systemUTC());
    }

    public TokenCheck(TokenCheckSettings settings, CheckLog log, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.log = log;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Shares verdicts through {@code cache}: one request per credential and base URL for the whole build. */
    public TokenCheck sharedThrough(VerdictCache cache) {
        this.cache = cache;
        return this;
    }

    /** Whether the last verdict was an earlier check's, reused. */
    public boolean reusedVerdict() {
        return reused;
    }

    /** Checks with the credential the plan chose: a token the user has, or one obtained for an app. */
    public Verdict run(AuthPlan plan) throws BoxCheckFailure {
        // logged by the module that really checks; the others only say they reuse its verdict
        authLine = "Box auth: " + plan.method() + " (" + plan.reason() + ")";
        if (plan.usesGivenToken()) {
            if (settings.tokenFile() != null) {
                log.warn("box.tokenFile is written only for tokens the plugin obtains (box.auth=ccg or jwt); "
                        + settings.tokenFile() + " was not written.");
            }
            return run(plan.tokenSources());
        }
        return run(plan.app());
    }

    /** Checks the first token the sources hold. */
    public Verdict run(List<TokenSource> sources) throws BoxCheckFailure {
        ResolvedToken token = TokenResolver.resolve(sources);
        String tokenHash = token.token().sha256Hex();
        return shared("token " + tokenHash, () -> check(token, tokenHash));
    }

    /** Obtains a token for the app, verifies it like a given one, and hands it on when box.tokenFile asks. */
    public Verdict run(AppCredential app) throws BoxCheckFailure {
        return shared("app " + app.identity(), () -> check(app));
    }

    private Verdict shared(String credential, VerdictCache.Check check) throws BoxCheckFailure {
        VerdictCache.Shared shared = cache.get(settings.fingerprint() + "|" + credential, check);
        reused = shared.reused();
        return shared.verdict();
    }

    private void logAuth() {
        if (authLine != null) {
            log.info(authLine);
        }
    }

    private Verdict check(ResolvedToken token, String tokenHash) throws BoxCheckFailure {
        logAuth();
        String warning = token.source().warningWhenUsed();
        if (warning != null) {
            log.warn(warning);
        }
        long started = System.nanoTime();
        String source = token.source().description();
        log.debug("Box token from " + source + "; checking it at " + settings.baseUrl().display()
                + "/2.0/users/me (timeout " + Durations.format(settings.timeout()) + ", "
                + settings.retryPolicy().retries() + " retries)");
        Instant seenAt = clock.instant();
        ExpiryEstimator estimator = new ExpiryEstimator(settings.expiry(), log);
        // the ledger is read first: meanwhile the TLS set-up may still be running in the background
        Expiry knownBefore = estimator.beforeCheck(tokenHash, seenAt);
        OkHttpClient client = client();
        try {
            BoxHttp http = http(client);
            BoxApiClient api = new BoxApiClient(http, settings.baseUrl(), PluginInfo.userAgent());
            BoxUser user = currentUser(api, token, knownBefore);
            List<String> folders = checkFolders(api, token.token(), source, user);
            Expiry expiry = estimator.afterAccepted(tokenHash, seenAt);
            Instant now = clock.instant();
            new MinimumValidity(settings.expiry().minValidity()).require(expiry, now, source,
                    "Generate a new developer token (Box Developer Console > your app > Configuration > Developer"
                            + " Token) and update " + source + ", or lower box.minValidity if the stages after this"
                            + " check need less time.", log);
            return new Verdict(user, "from " + source, expiry, now, Duration.ofNanos(System.nanoTime() - started))
                    .withFolders(folders);
        } finally {
            HttpClients.release(client);
        }
    }

    private Verdict check(AppCredential app) throws BoxCheckFailure {
        logAuth();
        if (!settings.baseUrl().isBoxOrLoopback()) {
            log.warn("box.baseUrl " + settings.baseUrl().display() + " is neither Box (api.box.com or another host"
                    + " under box.com) nor loopback, yet the app's credentials (" + app.sentToTokenEndpoint()
                    + ") are sent there. Check box.baseUrl.");
        }
        long started = System.nanoTime();
        OkHttpClient client = client();
        try {
            BoxHttp http = http(client);
            ObtainedToken token = app.obtain(new TokenEndpointClient(http, settings.baseUrl(), PluginInfo.userAgent(),
                    clock));
            log.debug("Box issued a token with expires_in " + token.expiresIn().getSeconds() + "s");
            String source = "the token just obtained by " + app.describe();
            BoxApiClient api = new BoxApiClient(http, settings.baseUrl(), PluginInfo.userAgent());
            BoxUser user = api.currentUser(token.accessToken(), source);
            List<String> folders = checkFolders(api, token.accessToken(), source, user);
            Expiry expiry = Expiry.exact(Expiry.Basis.OBTAINED, token.expiresAt());
            Instant now = clock.instant();
            new MinimumValidity(settings.expiry().minValidity()).require(expiry, now, app.describe(),
                    "Box issues this app's tokens for " + Durations.format(token.expiresIn()) + ", so one token cannot"
                            + " serve a longer stage: lower box.minValidity, or have the stage obtain its own token.",
                    log);
            writeTokenFile(token);
            return new Verdict(user, "obtained by " + app.describe(), expiry, now,
                    Duration.ofNanos(System.nanoTime() - started)).withFolders(folders);
        } finally {
            HttpClients.release(client);
        }
    }

    /** Only the module that really checks builds a client; a plain-http base URL gets no TLS set-up. */
    private OkHttpClient client() throws TrustStoreUnreadable {
        JvmTls tls = settings.baseUrl().isHttps() ? settings.tls().get(settings.timeout()) : null;
        return HttpClients.create(settings.timeout(), settings.proxy(), tls);
    }

    private BoxHttp http(OkHttpClient client) {
        return new BoxHttp(client, settings.retryPolicy(), sleeper, clock, log, settings.timeout());
    }

    /** Asks Box; a 401 is explained with what the plugin knows of the token's expiry. */
    private BoxUser currentUser(BoxApiClient api, ResolvedToken token, Expiry knownBefore) throws BoxCheckFailure {
        String source = token.source().description();
        try {
            return api.currentUser(token.token(), source);
        } catch (TokenRejected rejected) {
            String detail = knownBefore.rejectionDetail(clock.instant());
            if (detail == null) {
                throw rejected;
            }
            throw new TokenRejected(source, knownBefore.hasPassed(clock.instant()) ? detail
                    : TokenRejected.USUAL_REASONS + "; " + detail, rejected.requestId());
        }
    }

    /** {@code box.folders}: each folder visible, and writable where {@code :upload} asks; returns a line each. */
    private List<String> checkFolders(BoxApiClient api, Secret token, String source, BoxUser user)
            throws BoxCheckFailure {
        List<String> checked = new ArrayList<>();
        for (FolderRequirement folder : settings.folders()) {
            String name = api.checkFolder(token, source, folder, user);
            checked.add(folder.id() + " '" + name + "'" + (folder.upload() ? " (upload)" : ""));
        }
        return checked;
    }

    private void writeTokenFile(ObtainedToken token) throws BoxCheckFailure {
        Path file = settings.tokenFile();
        if (file == null) {
            return;
        }
        try {
            TokenFile.write(file, token.accessToken());
            log.info("Wrote the obtained access token to " + file + " (owner-only) for later steps of this build.");
        } catch (IOException e) {
            throw new CredentialConfigInvalid("token-file-unwritable", "Cannot write box.tokenFile " + file + " ("
                    + Causes.describe(e) + ")",
                    "Point box.tokenFile at a writable place, such as ${project.build.directory}/box-token.", e);
        }
    }
}
