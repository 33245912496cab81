package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BoxApiClient;
import io.github.boxmaven.boxapi.BoxHttp;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.HttpClients;
import io.github.boxmaven.boxapi.Sleeper;
import io.github.boxmaven.credential.ResolvedToken;
import io.github.boxmaven.credential.TokenResolver;
import io.github.boxmaven.credential.TokenSource;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.log.CheckLog;

import okhttp3.OkHttpClient;

import java.time.Clock;
import java.time.Duration;
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
                + "/2.0/users/me (timeout " + io.github.boxmaven.time.Durations.format(settings.timeout()) + ", " + settings.retryPolicy().retries() + " retries)");
        OkHttpClient client = HttpClients.create(settings.timeout());
        try {
            BoxHttp http = new BoxHttp(client, settings.retryPolicy(), sleeper, clock, log, settings.timeout());
            BoxUser user = new BoxApiClient(http, settings.baseUrl(), PluginInfo.userAgent()).currentUser(
                    token.token(), source);
            return new Verdict(user, source, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            HttpClients.release(client);
        }
    }
}
