package io.github.boxmaven.boxapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.boxmaven.failure.ServerText;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

class BoxResponseTest {
    private static BoxResponse challenging(String challenge) {
        return new BoxResponse("https://api.box.com/2.0/users/me", 401, null, "", null, null, null, challenge);
    }

    @Test
    void theChallengesErrorIsReadWithEscapes() {
        BoxResponse response = challenging("Bearer realm=\"Service\", error=\"invalid_token\", error_description="
                + "\"The access token provided is \\\"invalid\\\"\"");
        assertEquals("invalid_token", response.challenge("error"));
        assertEquals("The access token provided is \"invalid\"", response.challenge("error_description"));
        assertEquals("x", challenging("Bearer error=x").challenge("error"));
    }

    /** A 1 KiB quoted value, read on a thread with a 512 KiB stack (-Xss512k): matched in a loop, not by recursion. */
    @Test
    void aLongQuotedValueDoesNotOverflowASmallStack() throws Exception {
        StringBuilder value = new StringBuilder();
        while (value.length() < 1000) {
            value.append("ab\\\"");
        }
        String challenge = "Bearer error=\"" + value + "\"";
        AtomicReference<Object> result = new AtomicReference<>();
        Thread reader = new Thread(null, () -> {
            try {
                result.set(challenging(challenge).challenge("error"));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 512 * 1024);
        reader.start();
        reader.join(10_000);
        assertEquals(ServerText.clean(value.toString().replace("\\\"", "\"")), result.get());
    }
}
