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
    void bidirectionalControlsCannotReorderWhatAReaderSees() {
        assertEquals("user?gpj.exe ?a?b?c?d?e?f?g?h?i", ServerText.clean("user\u202egpj.exe \u202aa\u202bb\u202cc\u202dd"
                + "\u202ee\u2066f\u2067g\u2068h\u2069i"));
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
