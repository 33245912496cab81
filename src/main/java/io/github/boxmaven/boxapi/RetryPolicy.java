package io.github.boxmaven.boxapi;

import io.github.boxmaven.failure.ConfigurationFailure;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * When to retry a 429 or 5xx, and how long to wait: Box's {@code Retry-After}, else 0.5 s, 1 s, 2 s... A wait beyond
 * {@link #maxWait} fails the check at once rather than stall the build.
 */
public final class RetryPolicy {
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);
    static final int MAX_RETRIES = 10;

    public final int retries;
    private final Duration initialBackoff;
    public final Duration maxWait;

    public RetryPolicy(int retries, Duration initialBackoff, Duration maxWait) {
        this.retries = retries;
        this.initialBackoff = initialBackoff;
        this.maxWait = maxWait;
    }

    /** {@code box.retries}: 0 to {@value #MAX_RETRIES}, with the default backoff. */
    public static RetryPolicy withRetries(int retries) throws ConfigurationFailure {
        if (retries < 0 || retries > MAX_RETRIES) {
            throw ConfigurationFailure.invalidParameter("box.retries " + retries + " is out of range; use 0 to " + MAX_RETRIES + ".");
        }
        return new RetryPolicy(retries, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_WAIT);
    }

    public static boolean isRetryable(int status) {
        return status == 429 || status >= 500 && status <= 599;
    }

    /** The wait before retry number {@code retry} (from 1), by {@code retryAfter} (or null) read at {@code now}. */
    public Duration delayBefore(int retry, String retryAfter, ZonedDateTime now) {
        Duration asked = parseRetryAfter(retryAfter, now);
        if (asked != null) {
            return asked;
        }
        Duration backoff = initialBackoff.multipliedBy(1L << Math.min(retry - 1, 20));
        return backoff.compareTo(maxWait) > 0 ? maxWait : backoff;
    }

    static Duration parseRetryAfter(String value, ZonedDateTime now) {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        String text = value.trim();
        if (text.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
