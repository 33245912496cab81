package io.github.boxmaven.boxapi;

import okhttp3.ConnectionSpec;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.Collections;

/**
 * The OkHttp client the plugin uses: every wait bounded by {@code box.timeout}, no redirects followed,
 * and only what one or two requests need: HTTP/1.1, and no TLS set-up at all (no trust store read)
 * for a plain-http (loopback) base URL. HTTPS uses the JVM's default trust ({@link JvmTls}), so
 * {@code javax.net.ssl.trustStore} applies as for any Java client.
 */
public final class HttpClients {
    private HttpClients() {}

    /**
     * @param proxy null for a direct connection
     * @param tls null when every request goes to a plain-http URL: then OkHttp builds no SSL socket
     *     factory and never reads the trust store
     */
    public static OkHttpClient create(Duration timeout, ProxySettings proxy, JvmTls tls) {
        OkHttpClient.Builder builder = builder(timeout, proxy);
        if (tls == null) {
            builder.connectionSpecs(Collections.singletonList(ConnectionSpec.CLEARTEXT));
        } else {
            // the factory checks certificates with the JVM's trust; OkHttp gets that trust without the CA
            // list it would index for certificate pinning, which the plugin does not use
            builder.sslSocketFactory(tls.socketFactory(), new NoPinningTrustManager(tls.trustManager()));
        }
        return builder.build();
    }

    private static OkHttpClient.Builder builder(Duration timeout, ProxySettings proxy) {
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
                // one or two requests: HTTP/2's extra machinery (and its classes) would not pay off
                .protocols(Collections.singletonList(Protocol.HTTP_1_1))
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                // Box's API does not redirect; a redirect comes from a proxy or portal and must not get the token.
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false);
    }

    /** Lets go of pooled connections and their threads once the check is done. */
    public static void release(OkHttpClient client) {
        client.connectionPool().evictAll();
    }
}
