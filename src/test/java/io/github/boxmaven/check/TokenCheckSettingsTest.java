package io.github.boxmaven.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.boxmaven.failure.InvalidParameter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenCheckSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2h", "PT0.0001S", "25h", "P2D"})
    void aTimeoutOkHttpCouldNotTakeIsAnInvalidParameter(String text) {
        InvalidParameter e = assertThrows(InvalidParameter.class, () -> TokenCheckSettings.timeout(text));
        assertEquals("box.timeout '" + text + "' is out of range; use 1ms to 1h, such as 10s.", e.getMessage());
    }

    @Test
    void theLimitsThemselvesAreTaken() throws Exception {
        assertEquals(Duration.ofMillis(1), TokenCheckSettings.timeout("1ms"));
        assertEquals(Duration.ofHours(1), TokenCheckSettings.timeout("1h"));
    }
}
