package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.RetryPolicy;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.InvalidParameter;
import io.github.boxmaven.time.Durations;

import java.time.Duration;

/** The check's parameters, validated: built from the raw text the user gave. */
public final class TokenCheckSettings {
    private final BaseUrl baseUrl;
    private final Duration timeout;
    private final RetryPolicy retryPolicy;

    public TokenCheckSettings(BaseUrl baseUrl, Duration timeout, RetryPolicy retryPolicy) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.retryPolicy = retryPolicy;
    }

    /** Validates raw parameter values; every problem names its parameter. */
    public static TokenCheckSettings of(String baseUrl, String timeout, int retries) throws BoxCheckFailure {
        if (retries < 0 || retries > 10) {
            throw new InvalidParameter("box.retries " + retries + " is out of range; use 0 to 10.");
        }
        return new TokenCheckSettings(
                BaseUrl.parse(baseUrl == null ? BaseUrl.DEFAULT : baseUrl),
                Durations.parsePositive("box.timeout", timeout == null ? "10s" : timeout),
                RetryPolicy.withRetries(retries));
    }

    public BaseUrl baseUrl() {
        return baseUrl;
    }

    public Duration timeout() {
        return timeout;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }
}
