package io.github.boxmaven.maven;

import io.github.boxmaven.boxapi.ClassPreload;
import io.github.boxmaven.boxapi.TlsSetup;

import org.eclipse.aether.SessionData;

/**
 * What the first module of a build that checks over HTTPS starts on background threads as soon as
 * its goal runs: the TLS set-up (reading the trust store) and the loading of OkHttp's classes. Both
 * then overlap with reading the parameters and the credential instead of adding to them (see
 * bench/RESULTS.md). Kept in the build's session data: the modules after the first find the set-up
 * done, and under the Maven Daemon every build starts afresh.
 */
final class HttpsHeadStart {
    private static final String KEY = HttpsHeadStart.class.getName();

    private HttpsHeadStart() {}

    /** The build's TLS set-up, started now by the first module that asks; {@code data} null: not shared. */
    static TlsSetup tls(SessionData data) {
        if (data == null) {
            return start(TlsSetup.onDemand());
        }
        Object existing = data.get(KEY);
        if (existing == null) {
            TlsSetup created = TlsSetup.onDemand();
            if (data.set(KEY, null, created)) {
                return start(created);
            }
            existing = data.get(KEY);
        }
        return (TlsSetup) existing;
    }

    private static TlsSetup start(TlsSetup setup) {
        ClassPreload.startInBackground();
        return setup.startInBackground();
    }
}
