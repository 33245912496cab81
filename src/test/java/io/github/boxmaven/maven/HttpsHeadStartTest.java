package io.github.boxmaven.maven;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.boxmaven.boxapi.TlsSetup;
import org.eclipse.aether.DefaultSessionData;
import org.eclipse.aether.SessionData;
import org.junit.jupiter.api.Test;

class HttpsHeadStartTest {
    @Test
    void oneSetUpPerBuildStartedByTheFirstModule() {
        SessionData build = new DefaultSessionData();
        TlsSetup first = HttpsHeadStart.tls(build);

        assertSame(first, HttpsHeadStart.tls(build), "the next modules find the first one's");
        assertNotSame(first, HttpsHeadStart.tls(new DefaultSessionData()), "the next build starts afresh");
        assertNotSame(HttpsHeadStart.tls(null), HttpsHeadStart.tls(null), "without session data nothing is shared");
    }
}
