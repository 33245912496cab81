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
 * The OkHttp client: every wait bounded by {@code box.timeout}, no redirect followed, HTTP/1.1, no TLS set-up for a
 * plain-http (loopback) base URL, else the JVM's trust ({@link JvmTls}).
 */
public final class HttpClients {
    /**
     * Where a response's {@code Retry-After} goes: OkHttp would resend a 503 with {@code Retry-After: 0} itself,
     * silently (the same JWT assertion, the secret again); so every retry is the plugin's own ({@link RetryPolicy}).
     */
    static final String RETRY_AFTER = "Box-Maven-Plugin-Retry-After";

    private HttpClients() {}

    /**
     * {@code proxy} null for none, used only over HTTPS; {@code tls} null for a plain-http (loopback) base URL: then
     * no trust store is read and no proxy used, which would see the token in clear text.
     */
    public static OkHttpClient create(Duration timeout, ProxySettings proxy, JvmTls tls) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
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
        if (tls == null) {
            return builder.connectionSpecs(Collections.singletonList(ConnectionSpec.CLEARTEXT)).proxy(Proxy.NO_PROXY)
                    .build();
        }
        builder.sslSocketFactory(tls.socketFactory, tls.trustManager);
        if (proxy != null) {
            builder.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host, proxy.port)));
            if (proxy.hasCredentials()) {
                String credentials = Credentials.basic(proxy.username, proxy.password.reveal());
                builder.proxyAuthenticator((route, response) -> proxyCredentials(response, credentials));
            }
        }
        return builder.build();
    }

    /**
     * The CONNECT with the proxy's credentials (asked before the CONNECT, and on its 407). Only a CONNECT is answered:
     * a 407 from inside the tunnel is the server's, which must never get them; a second 407 means they are wrong.
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
