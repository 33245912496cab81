package io.github.boxmaven.boxapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

class RetryPolicyTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneOffset.UTC);
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30));

    @Test
    void backsOffExponentiallyUpToTheCap() {
        assertEquals(Duration.ofMillis(500), policy.delayBefore(1, null, NOW));
        assertEquals(Duration.ofSeconds(1), policy.delayBefore(2, null, NOW));
        assertEquals(Duration.ofSeconds(2), policy.delayBefore(3, null, NOW));
        assertEquals(Duration.ofSeconds(30), policy.delayBefore(10, null, NOW));
    }

    @Test
    void honoursRetryAfterInSecondsAndAsADate() {
        assertEquals(Duration.ofSeconds(3), policy.delayBefore(1, "3", NOW));
        assertEquals(Duration.ofSeconds(120), policy.delayBefore(1, "120", NOW));
        assertEquals(Duration.ofSeconds(7), policy.delayBefore(1, "Sun, 29 Nov 2026 10:00:07 GMT", NOW));
        assertEquals(Duration.ZERO, policy.delayBefore(1, "Sun, 29 Nov 2026 09:00:00 GMT", NOW));
        assertEquals(Duration.ofMillis(500), policy.delayBefore(1, "soon", NOW));
    }

    @Test
    void retriesOnlyRateLimitsAndServerErrors() {
        assertTrue(RetryPolicy.isRetryable(429));
        assertTrue(RetryPolicy.isRetryable(500));
        assertTrue(RetryPolicy.isRetryable(503));
        assertFalse(RetryPolicy.isRetryable(401));
        assertFalse(RetryPolicy.isRetryable(404));
        assertFalse(RetryPolicy.isRetryable(200));
    }
}
