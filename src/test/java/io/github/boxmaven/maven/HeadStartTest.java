package io.github.boxmaven.maven;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.boxmaven.boxapi.TlsSetup;
import org.eclipse.aether.DefaultSessionData;
import org.eclipse.aether.SessionData;
import org.junit.jupiter.api.Test;

class HeadStartTest {
    @Test
    void oneSetUpPerBuildStartedByTheFirstModule() {
        SessionData build = new DefaultSessionData();
        TlsSetup first = HeadStart.start(build, true);

        assertSame(first, HeadStart.start(build, true), "the next modules find the first one's");
        assertNotSame(first, HeadStart.start(new DefaultSessionData(), true), "the next build starts afresh");
        assertNotSame(HeadStart.start(null, true), HeadStart.start(null, true), "without session data nothing is shared");
    }
}
