package io.github.boxmaven.maven;

import io.github.boxmaven.boxapi.ClassPreload;
import io.github.boxmaven.boxapi.TlsSetup;

import org.eclipse.aether.SessionData;

/**
 * What the first module of a build that checks starts on background threads as soon as its goal
 * runs: the loading of OkHttp's classes and, over HTTPS, the TLS set-up (reading the trust store).
 * Both then overlap with reading the parameters and the credential instead of adding to them (see
 * bench/RESULTS.md). Kept in the build's session data: the modules after the first start nothing,
 * and under the Maven Daemon every build starts afresh.
 */
final class HeadStart {
    private static final String KEY = HeadStart.class.getName();

    private HeadStart() {}

    /**
     * The build's TLS set-up, started now (with the class preload) by the first module that asks;
     * {@code data} null: not shared.
     */
    static TlsSetup start(SessionData data, boolean https) {
        if (data == null) {
            return start(TlsSetup.onDemand(), https);
        }
        TlsSetup created = TlsSetup.onDemand();
        TlsSetup shared = SessionValues.getOrPut(data, KEY, () -> created);
        return shared == created ? start(created, https) : shared;
    }

    private static TlsSetup start(TlsSetup setup, boolean https) {
        ClassPreload.startInBackground();
        return https ? setup.startInBackground() : setup;
    }
}
