package io.github.boxmaven.boxapi;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.PluginInfo;
import io.github.boxmaven.failure.BoxCheckFailure;
import okhttp3.OkHttpClient;
import java.time.Clock;
import java.time.Duration;

/** One check's way to Box: the OkHttp client, the retrying {@link BoxHttp} over it, and the two API clients. */
public final class BoxConnection implements AutoCloseable {
    private final OkHttpClient client;
    /** {@code /oauth2/token} and {@code /oauth2/revoke}. */
    public final TokenEndpointClient tokens;
    public final BoxApiClient api;

    private BoxConnection(OkHttpClient client, BoxHttp http, BaseUrl baseUrl, Clock clock, CheckLog log) {
        this.client = client;
        this.tokens = new TokenEndpointClient(http, baseUrl, PluginInfo.userAgent(), clock, log);
        this.api = new BoxApiClient(http, baseUrl, PluginInfo.userAgent());
    }

    /** {@code proxy} null for none, named in the log; {@code tls} loaded only for an HTTPS base URL. */
    public static BoxConnection open(BaseUrl baseUrl, Duration timeout, RetryPolicy retryPolicy, ProxySettings proxy,
            JvmTls.Loader tls, Sleeper sleeper, Clock clock, CheckLog log) throws BoxCheckFailure {
        if (proxy != null && baseUrl.isHttps()) {
            log.info("Box requests go through the proxy " + proxy.hostAndPort() + " from settings.xml <proxies>.");
            log.debug("Proxy " + proxy.describe());
        }
        OkHttpClient client = HttpClients.create(timeout, proxy, baseUrl.isHttps() ? tls.load() : null);
        return new BoxConnection(client, new BoxHttp(client, retryPolicy, sleeper, clock, log, timeout), baseUrl,
                clock, log);
    }

    @Override
    public void close() {
        client.connectionPool().evictAll();
    }
}
