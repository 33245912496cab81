package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.boxapi.RetryPolicy;
import io.github.boxmaven.boxapi.TlsSetup;
import io.github.boxmaven.expiry.ExpirySettings;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.InvalidParameter;
import io.github.boxmaven.time.Durations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/** The check's parameters, validated: built from the raw text the user gave. */
public final class TokenCheckSettings {
    static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    private final BaseUrl baseUrl;
    private final Duration timeout;
    private final RetryPolicy retryPolicy;
    private final ExpirySettings expiry;
    private Path tokenFile;
    private List<FolderRequirement> folders = Collections.emptyList();
    private ProxySettings proxy;
    private TlsSetup tls = TlsSetup.onDemand();

    public TokenCheckSettings(BaseUrl baseUrl, Duration timeout, RetryPolicy retryPolicy, ExpirySettings expiry) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.retryPolicy = retryPolicy;
        this.expiry = expiry;
    }

    /** {@code box.tokenFile}: where to write a token the plugin obtained; null for none. */
    public TokenCheckSettings tokenFile(Path file) {
        this.tokenFile = file;
        return this;
    }

    public Path tokenFile() {
        return tokenFile;
    }

    /** {@code box.folders}: folders the token's user must see (and, with {@code :upload}, write). */
    public TokenCheckSettings folders(List<FolderRequirement> value) {
        this.folders = value;
        return this;
    }

    public List<FolderRequirement> folders() {
        return folders;
    }

    /** The proxy settings.xml chose for the base URL; null for a direct connection. */
    public TokenCheckSettings proxy(ProxySettings value) {
        this.proxy = value;
        return this;
    }

    public ProxySettings proxy() {
        return proxy;
    }

    /** Where HTTPS gets the JVM's trust from: by default read when the first request needs it. */
    public TokenCheckSettings tls(TlsSetup value) {
        this.tls = value;
        return this;
    }

    public TlsSetup tls() {
        return tls;
    }

    /** What makes two checks with the same credential give different verdicts: for {@link VerdictCache} keys. */
    String fingerprint() {
        return baseUrl.display() + "|" + expiry.minValidity() + "|" + expiry.expiresAt() + "|" + expiry.issuedAt() + "|"
                + expiry.lifetime() + "|" + expiry.ledger() + "|" + tokenFile + "|" + folders;
    }

    /** Validates raw parameter values; every problem names its parameter. */
    public static TokenCheckSettings of(String baseUrl, String timeout, int retries, ExpirySettings expiry)
            throws BoxCheckFailure {
        if (retries < 0 || retries > 10) {
            throw new InvalidParameter("box.retries " + retries + " is out of range; use 0 to 10.");
        }
        return new TokenCheckSettings(
                BaseUrl.parse(baseUrl == null ? BaseUrl.DEFAULT : baseUrl),
                timeout(timeout == null ? "10s" : timeout),
                RetryPolicy.withRetries(retries),
                expiry);
    }

    /** {@code box.timeout}: from 1 ms (OkHttp's unit) to an hour, far inside what OkHttp accepts. */
    static Duration timeout(String text) throws InvalidParameter {
        Duration timeout = Durations.parsePositive("box.timeout", text);
        if (timeout.compareTo(MAX_TIMEOUT) > 0 || timeout.toMillis() < 1) {
            throw new InvalidParameter("box.timeout '" + text.trim() + "' is out of range; use 1ms to "
                    + Durations.format(MAX_TIMEOUT) + ", such as 10s.");
        }
        return timeout;
    }

    public ExpirySettings expiry() {
        return expiry;
    }

    public BaseUrl baseUrl() {
        return baseUrl;
    }

    public Duration timeout() {
        return timeout;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }
}
