package io.github.boxmaven.boxapi;

import io.github.boxmaven.base.Secret;

/** An HTTP proxy for the requests to Box, as Maven's settings.xml {@code <proxies>} chose it for the base URL. */
public final class ProxySettings {
    public final String host;
    public final int port;
    /** Null when the proxy needs no credentials. */
    public final String username;
    /** Null when the proxy needs no credentials. */
    public final Secret password;

    public ProxySettings(String host, int port, String username, Secret password) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
    }

    public boolean hasCredentials() {
        return username != null && password != null;
    }

    /** {@code proxy.example.com:3128}: what the log shows at INFO. */
    public String hostAndPort() {
        return host + ":" + port;
    }

    /** {@code proxy.example.com:3128 (with credentials of jdoe)}; never the password. */
    public String describe() {
        return hostAndPort() + (hasCredentials() ? " (with credentials of " + username + ")" : "");
    }

    @Override
    public String toString() {
        return "ProxySettings(" + describe() + ")";
    }
}
