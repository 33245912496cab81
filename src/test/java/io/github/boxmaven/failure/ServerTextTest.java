package io.github.boxmaven.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ServerTextTest {

    @Test
    void noServerTextCanStartALineOrSendAnEscape() {
        assertEquals("Eve??[ERROR] BUILD FAILURE?::add-mask::x??[31mred???",
                ServerText.clean("Eve\r\n[ERROR] BUILD FAILURE\n::add-mask::x\u001b\u009b[31mred\u2028\u2029\u007f"));
    }

    @Test
    void longTextIsCutToTwoHundredCharacters() {
        assertEquals("x".repeat(200) + "\u2026", ServerText.clean("x".repeat(1_000_000)));
        assertEquals("x".repeat(200), ServerText.clean("x".repeat(200)));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertEquals("Zoë Ångström <zoe@example.com> 😀", ServerText.clean("Zoë Ångström <zoe@example.com> 😀"));
        assertNull(ServerText.clean(null));
    }
}
