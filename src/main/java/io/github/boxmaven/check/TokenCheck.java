package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BoxApiClient;
import io.github.boxmaven.boxapi.BoxHttp;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.HttpClients;
import io.github.boxmaven.boxapi.Sleeper;
import io.github.boxmaven.credential.ResolvedToken;
import io.github.boxmaven.credential.TokenResolver;
import io.github.boxmaven.credential.TokenSource;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.expiry.ExpiryEstimator;
import io.github.boxmaven.expiry.MinimumValidity;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.TokenRejected;
import io.github.boxmaven.log.CheckLog;
import io.github.boxmaven.time.Durations;

import okhttp3.OkHttpClient;

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
        return new Verdict(user, source, expiry, now, Duration.ofNanos(System.nanoTime() - started));
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
