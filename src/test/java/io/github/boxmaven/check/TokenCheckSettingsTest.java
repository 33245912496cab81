package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

class TokenCheckSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2h", "PT0.0001S", "25h", "P2D"})
    void aTimeoutOkHttpCouldNotTakeIsAnInvalidParameter(String text) {
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> TokenCheckSettings.timeout(text));
        assertEquals("box.timeout '" + text + "' is out of range; use 1ms to 1h, such as 10s.", e.getMessage());
    }

    @Test
    void theLimitsThemselvesAreTaken() throws Exception {
        assertEquals(Duration.ofMillis(1), TokenCheckSettings.timeout("1ms"));
        assertEquals(Duration.ofHours(1), TokenCheckSettings.timeout("1h"));
    }
}
