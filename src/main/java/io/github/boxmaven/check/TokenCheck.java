package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BoxApiClient;
import io.github.boxmaven.boxapi.BoxHttp;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.HttpClients;
import io.github.boxmaven.boxapi.Sleeper;
import io.github.boxmaven.auth.AppCredential;
import io.github.boxmaven.auth.AuthPlan;
import io.github.boxmaven.auth.ObtainedToken;
import io.github.boxmaven.auth.TokenEndpointClient;
import io.github.boxmaven.auth.TokenFile;
import io.github.boxmaven.credential.ResolvedToken;
import io.github.boxmaven.credential.TokenResolver;
import io.github.boxmaven.credential.TokenSource;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.expiry.ExpiryEstimator;
import io.github.boxmaven.expiry.MinimumValidity;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.CredentialConfigInvalid;
import io.github.boxmaven.failure.TokenRejected;
import io.github.boxmaven.log.CheckLog;
import io.github.boxmaven.time.Durations;

import okhttp3.OkHttpClient;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The check, free of Maven: finds the token, asks Box whom it belongs to, and returns the verdict or
 * throws the failure that explains what is wrong.
 */
public final class TokenCheck {
    private final TokenCheckSettings settings;
    private final CheckLog log;
    private final Sleeper sleeper;
    private final Clock clock;

    public TokenCheck(TokenCheckSettings settings, CheckLog log) {
        this(settings, log, Sleeper.REAL, Clock.systemUTC());
    }

    public TokenCheck(TokenCheckSettings settings, CheckLog log, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.log = log;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public Verdict run(List<TokenSource> sources) throws BoxCheckFailure {
        long started = System.nanoTime();
        ResolvedToken token = TokenResolver.resolve(sources);
        String source = token.source().description();
        String warning = token.source().warningWhenUsed();
        if (warning != null) {
            log.warn(warning);
        }
        log.debug("Box token from " + source + "; checking it at " + settings.baseUrl().display()
                + "/2.0/users/me (timeout " + Durations.format(settings.timeout()) + ", "
                + settings.retryPolicy().retries() + " retries)");
        Instant seenAt = clock.instant();
        String tokenHash = token.token().sha256Hex();
        ExpiryEstimator estimator = new ExpiryEstimator(settings.expiry(), log);
        BoxUser user = currentUser(token, estimator.beforeCheck(tokenHash, seenAt));
        Expiry expiry = estimator.afterAccepted(tokenHash, seenAt);
        Instant now = clock.instant();
        new MinimumValidity(settings.expiry().minValidity()).require(expiry, now, source,
                "Generate a new developer token (Box Developer Console > your app > Configuration > Developer Token)"
                        + " and update " + source + ", or lower box.minValidity if the stages after this check"
                        + " need less time.", log);
        return new Verdict(user, "from " + source, expiry, now, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Checks with the credential the plan chose: a token the user has, or one obtained for an app. */
    public Verdict run(AuthPlan plan) throws BoxCheckFailure {
        log.info("Box auth: " + plan.method() + " (" + plan.reason() + ")");
        if (plan.usesGivenToken()) {
            if (settings.tokenFile() != null) {
                log.warn("box.tokenFile is written only for tokens the plugin obtains (box.auth=ccg or jwt); "
                        + settings.tokenFile() + " was not written.");
            }
            return run(plan.tokenSources());
        }
        return run(plan.app());
    }

    /** Obtains a token for the app, verifies it like a given one, and hands it on when box.tokenFile asks. */
    public Verdict run(AppCredential app) throws BoxCheckFailure {
        long started = System.nanoTime();
        String origin = "obtained by " + app.describe();
        OkHttpClient client = HttpClients.create(settings.timeout());
        try {
            BoxHttp http = new BoxHttp(client, settings.retryPolicy(), sleeper, clock, log, settings.timeout());
            ObtainedToken token = app.obtain(new TokenEndpointClient(http, settings.baseUrl(), PluginInfo.userAgent(),
                    clock), clock.instant());
            log.debug("Box issued a token with expires_in " + token.expiresIn().getSeconds() + "s");
            BoxUser user = new BoxApiClient(http, settings.baseUrl(), PluginInfo.userAgent())
                    .currentUser(token.accessToken(), "the token just obtained by " + app.describe());
            Expiry expiry = Expiry.exact(Expiry.Basis.OBTAINED, token.expiresAt());
            Instant now = clock.instant();
            new MinimumValidity(settings.expiry().minValidity()).require(expiry, now, app.describe(),
                    "Box issues this app's tokens for " + Durations.format(token.expiresIn()) + ", so one token cannot"
                            + " serve a longer stage: lower box.minValidity, or have the stage obtain its own token.",
                    log);
            writeTokenFile(token);
            return new Verdict(user, origin, expiry, now, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            HttpClients.release(client);
        }
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
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    "Point box.tokenFile at a writable place, such as ${project.build.directory}/box-token.", e);
        }
    }

    /** Asks Box; a 401 is explained with what the plugin knows of the token's expiry. */
    private BoxUser currentUser(ResolvedToken token, Expiry knownBefore) throws BoxCheckFailure {
        String source = token.source().description();
        OkHttpClient client = HttpClients.create(settings.timeout());
        try {
            BoxHttp http = new BoxHttp(client, settings.retryPolicy(), sleeper, clock, log, settings.timeout());
            return new BoxApiClient(http, settings.baseUrl(), PluginInfo.userAgent()).currentUser(token.token(), source);
        } catch (TokenRejected rejected) {
            String detail = knownBefore.rejectionDetail(clock.instant());
            if (detail == null) {
                throw rejected;
            }
            throw new TokenRejected(source, knownBefore.hasPassed(clock.instant()) ? detail
                    : TokenRejected.USUAL_REASONS + "; " + detail, rejected.requestId());
        } finally {
            HttpClients.release(client);
        }
    }
}
