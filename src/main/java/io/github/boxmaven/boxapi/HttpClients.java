package io.github.boxmaven.boxapi;

import okhttp3.Credentials;
import okhttp3.OkHttpClient;

import java.net.InetSocketAddress;
import java.net.Proxy;

import java.time.Duration;

/** The OkHttp client the plugin uses: every wait bounded by {@code box.timeout}, no redirects followed. */
public final class HttpClients {
    private HttpClients() {}

    public static OkHttpClient create(Duration timeout) {
        return create(timeout, null);
    }

    /** @param proxy null for a direct connection */
    public static OkHttpClient create(Duration timeout, ProxySettings proxy) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (proxy != null) {
            builder.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
            if (proxy.hasCredentials()) {
                String credentials = Credentials.basic(proxy.username(), proxy.password().reveal());
                builder.proxyAuthenticator((route, response) ->
                        // answer a 407 once; a second 407 means the credentials are wrong
                        response.request().header("Proxy-Authorization") != null ? null
                                : response.request().newBuilder().header("Proxy-Authorization", credentials).build());
            }
        }
        return builder
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                // Box's API does not redirect; a redirect comes from a proxy or portal and must not get the token.
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    /** Lets go of pooled connections and their threads once the check is done. */
    public static void release(OkHttpClient client) {
        client.connectionPool().evictAll();
    }
}
