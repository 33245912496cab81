package io.github.boxmaven.boxapi;

import okhttp3.ConnectionSpec;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
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
    /**
     * Where the client puts a response's {@code Retry-After}. OkHttp itself resends a request on a 503 with
     * {@code Retry-After: 0}, silently and whatever the plugin's retries say (the same JWT assertion, the client
     * secret again); without that header it does not, so every retry is the plugin's own ({@link RetryPolicy}).
     */
    static final String RETRY_AFTER = "Box-Maven-Plugin-Retry-After";

    private HttpClients() {}

    /**
     * @param proxy null for a direct connection; used only over HTTPS
     * @param tls null when every request goes to a plain-http URL (loopback only): then OkHttp builds no
     *     SSL socket factory, never reads the trust store, and connects directly, never through a proxy,
     *     which would see the token in clear text
     */
    public static OkHttpClient create(Duration timeout, ProxySettings proxy, JvmTls tls) {
        OkHttpClient.Builder builder = builder(timeout, tls == null ? null : proxy);
        if (tls == null) {
            builder.connectionSpecs(Collections.singletonList(ConnectionSpec.CLEARTEXT)).proxy(Proxy.NO_PROXY);
        } else {
            builder.sslSocketFactory(tls.socketFactory(), tls.trustManager());
        }
        return builder.build();
    }

    private static OkHttpClient.Builder builder(Duration timeout, ProxySettings proxy) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (proxy != null) {
            builder.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
            if (proxy.hasCredentials()) {
                String credentials = Credentials.basic(proxy.username(), proxy.password().reveal());
                builder.proxyAuthenticator((route, response) -> proxyCredentials(response, credentials));
            }
        }
        return builder
                .addNetworkInterceptor(chain -> withoutRetryAfter(chain.proceed(chain.request())))
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

    /**
     * The CONNECT request with the proxy's credentials: OkHttp asks before it sends the CONNECT (a
     * pre-emptive challenge) and again when the proxy answers it with 407. Only a CONNECT is answered:
     * a 407 from inside the tunnel comes from the server, which must never get the proxy's password. A
     * second 407 means the credentials are wrong.
     */
    static Request proxyCredentials(Response response, String credentials) {
        Request request = response.request();
        if (!"CONNECT".equals(request.method()) || request.header("Proxy-Authorization") != null) {
            return null;
        }
        return request.newBuilder().header("Proxy-Authorization", credentials).build();
    }

    /** The response with its {@code Retry-After} moved to {@link #RETRY_AFTER}, out of OkHttp's sight. */
    static Response withoutRetryAfter(Response response) {
        String retryAfter = response.header("Retry-After");
        return retryAfter == null ? response
                : response.newBuilder().removeHeader("Retry-After").header(RETRY_AFTER, retryAfter).build();
    }
}
