package io.github.boxmaven.base;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "500ms, PT0.5S",
        "90s, PT1M30S",
        "10m, PT10M",
        "1h, PT1H",
        "1h30m, PT1H30M",
        "1h 30m, PT1H30M",
        "2m5s, PT2M5S",
        "1s500ms, PT1.5S",
        "PT10M, PT10M",
        "pt2s, PT2S",
        "' 10s ', PT10S",
        "0s, PT0S",
    })
    void parsesTheFormsUsersWrite(String text, String iso) throws Exception {
        assertEquals(Duration.parse(iso), Durations.parse("box.timeout", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "10x", "m", "1m1h", "ten seconds", "PT", "-5s", "P1X", "5 s s"})
    void refusesWhatIsNotADurationAndNamesTheParameter(String text) {
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> Durations.parse("box.timeout", text));
        assertTrue(e.getMessage().startsWith("box.timeout '" + text.trim() + "' is not a duration"), e.getMessage());
        assertTrue(e.getMessage().contains("1h30m"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void refusesNegativeIsoDurationsAndZeroTimeouts() {
        BoxCheckFailure negative = assertFailure(FailureKind.INVALID_PARAMETER, () -> Durations.parse("box.minValidity", "PT-5M"));
        assertTrue(negative.getMessage().contains("negative"), negative.getMessage());
        BoxCheckFailure zero = assertFailure(FailureKind.INVALID_PARAMETER, () -> Durations.parsePositive("box.timeout", "0s"));
        assertTrue(zero.getMessage().contains("box.timeout '0s' must be more than zero"), zero.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "PT4M10S, 4m 10s",
        "PT42M, 42m",
        "PT1H5M, 1h 5m",
        "PT1H, 1h",
        "PT0.5S, 500ms",
        "PT0S, 0s",
        "PT59S, 59s",
        "PT-2M, -2m",
        "PT59M59.6S, 1h",
        "PT4M9.4S, 4m 9s",
        "PT0.9S, 900ms",
    })
    void formatsForPeople(String iso, String text) {
        assertEquals(text, Durations.format(Duration.parse(iso)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"367d", "P367D", "9000h", "999999999h", "P106751991167300D", "PT9999999999999999H"})
    void refusesDurationsThatNoInstantArithmeticShouldMeet(String text) {
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> Durations.parse("box.token.lifetime", text));
        assertTrue(e.getMessage().startsWith("box.token.lifetime '" + text + "' is "), e.getMessage());
    }
}
