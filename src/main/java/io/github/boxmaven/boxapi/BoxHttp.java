package io.github.boxmaven.boxapi;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.base.Instants;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.BoxRefusals;
import io.github.boxmaven.failure.NetworkFailures;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/** Sends a request to Box, retrying 429 and 5xx ({@link RetryPolicy}), reading at most {@link #MAX_BODY_BYTES}. */
public final class BoxHttp {
    /** No Box answer this plugin reads comes near this; more means something else answered. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private final OkHttpClient client;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final CheckLog log;
    private final Duration timeout;

    public BoxHttp(OkHttpClient client, RetryPolicy retryPolicy, Sleeper sleeper, Clock clock, CheckLog log,
            Duration timeout) {
        this.client = client;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.log = log;
        this.timeout = timeout;
    }

    /**
     * Sends a request made anew for every attempt (a JWT assertion must not be sent twice); every answer that is not
     * retried, or the last one, is returned.
     */
    public BoxResponse send(Supplier<Request> requests) throws BoxCheckFailure {
        for (int attempt = 1; ; attempt++) {
            Request request = requests.get();
            HttpUrl url = request.url();
            String display = display(url);
            BoxResponse response;
            String retryAfter;
            long started = System.nanoTime();
            try (Response answer = client.newCall(request).execute()) {
                retryAfter = answer.header(HttpClients.RETRY_AFTER);
                response = read(answer, display);
            } catch (IOException e) {
                throw networkFailure(e, url, display);
            }
            log.debug(request.method() + " " + display + " -> HTTP " + response.status + " in "
                    + Durations.format(Duration.ofNanos(System.nanoTime() - started)));
            if (!RetryPolicy.isRetryable(response.status)) {
                return response;
            }
            Duration delay = retryPolicy.delayBefore(attempt, retryAfter, ZonedDateTime.now(clock));
            boolean tooLong = delay.compareTo(retryPolicy.maxWait) > 0;
            if (attempt > retryPolicy.retries || tooLong) {
                throw exhausted(response, attempt, display, RetryPolicy.parseRetryAfter(retryAfter,
                        ZonedDateTime.now(clock)) == null ? null : delay, tooLong);
            }
            log.info("Box answered HTTP " + response.status + "; retrying in " + Durations.format(delay)
                    + (retryAfter != null ? " as Box asked" : "") + " (retry " + attempt + " of "
                    + retryPolicy.retries + ")");
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw NetworkFailures.other(display, e);
            }
        }
    }

    /** {@code asked}: the wait Box asked for, or null; {@code tooLong} when it is longer than the plugin waits. */
    private BoxCheckFailure exhausted(BoxResponse response, int attempts, String display, Duration asked,
            boolean tooLong) {
        String maxWait = tooLong ? Durations.format(retryPolicy.maxWait) : null;
        if (response.status == 429) {
            return BoxRefusals.rateLimited(attempts, asked == null ? null : Durations.format(asked), asked == null
                    ? null : Instants.format(clock.instant().plus(asked), clock.instant()), maxWait,
                    response.requestId());
        }
        return BoxRefusals.boxUnavailable(display, response.status, attempts, tooLong ? "Box asked to wait "
                + Durations.format(asked) + ", longer than the " + maxWait + " the plugin waits" : null,
                response.requestId());
    }

    private static BoxResponse read(Response answer, String display) throws IOException, BoxCheckFailure {
        ResponseBody body = answer.body();
        BufferedSource source = body.source();
        if (body.contentLength() > MAX_BODY_BYTES || source.request(MAX_BODY_BYTES + 1)) {
            throw BoxRefusals.responseTooLarge(display, MAX_BODY_BYTES);
        }
        MediaType type = body.contentType();
        Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
        String text = source.getBuffer().readString(charset);
        return new BoxResponse(display, answer.code(), answer.header("Content-Type"), text,
                answer.header("box-request-id"), answer.header("Location"), answer.header("Date"),
                answer.header("WWW-Authenticate"));
    }

    private BoxCheckFailure networkFailure(IOException e, HttpUrl url, String display) {
        // OkHttp's words when a proxy refuses the CONNECT of an HTTPS request
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Failed to authenticate with proxy") || message.contains("CONNECT: 407")) {
            return NetworkFailures.proxyAuthentication(display, e);
        }
        if (e instanceof UnknownHostException) {
            return NetworkFailures.unknownHost(url.host(), e);
        }
        if (e instanceof SocketTimeoutException
                || e instanceof InterruptedIOException && "timeout".equals(e.getMessage())) {
            return NetworkFailures.timeout(display, Durations.format(timeout), e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return NetworkFailures.connectionFailed(url.host() + ":" + url.port(), e);
        }
        return e instanceof SSLException ? NetworkFailures.tls(url.host(), e) : NetworkFailures.other(display, e);
    }

    /** A URL without query or credentials, for messages. */
    static String display(HttpUrl url) {
        return url.newBuilder().query(null).username("").password("").build().toString();
    }
}
