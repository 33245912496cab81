package io.github.boxmaven.boxapi;

import okhttp3.OkHttpClient;

import java.time.Duration;

/** The OkHttp client the plugin uses: every wait bounded by {@code box.timeout}, no redirects followed. */
public final class HttpClients {
    private HttpClients() {}

    public static OkHttpClient create(Duration timeout) {
        return new OkHttpClient.Builder()
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
