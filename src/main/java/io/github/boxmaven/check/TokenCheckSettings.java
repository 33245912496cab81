package io.github.boxmaven.check;

import io.github.boxmaven.base.Durations;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.boxapi.RetryPolicy;
import io.github.boxmaven.credential.TokenFile;
import io.github.boxmaven.expiry.ExpirySettings;
import io.github.boxmaven.failure.ConfigurationFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/** The check's parameters, validated and final: what it asks Box, how, and what it requires of the token. */
public final class TokenCheckSettings {
    static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    private final BaseUrl baseUrl;
    private final Duration timeout;
    private final RetryPolicy retryPolicy;
    private final ExpirySettings expiry;
    private final List<FolderRequirement> folders;
    private final Path tokenFile;
    private final Downscope downscope;
    private final ProxySettings proxy;

    /**
     * @param tokenFile {@code box.tokenFile}, where to write a token the plugin obtained; null for none
     * @param downscope what to narrow the handed-on token to; null to hand on the verified token itself
     * @param proxy the proxy settings.xml chose for an HTTPS base URL; null for a direct connection
     */
    public TokenCheckSettings(BaseUrl baseUrl, Duration timeout, RetryPolicy retryPolicy, ExpirySettings expiry,
            List<FolderRequirement> folders, Path tokenFile, Downscope downscope, ProxySettings proxy) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.retryPolicy = retryPolicy;
        this.expiry = expiry;
        this.folders = Collections.unmodifiableList(folders);
        this.tokenFile = tokenFile;
        this.downscope = downscope;
        this.proxy = proxy;
    }

    /** {@code box.timeout}: from 1 ms (OkHttp's unit) to an hour, far inside what OkHttp accepts. */
    public static Duration timeout(String text) throws ConfigurationFailure {
        Duration timeout = Durations.parsePositive("box.timeout", text);
        if (timeout.compareTo(MAX_TIMEOUT) > 0 || timeout.toMillis() < 1) {
            throw ConfigurationFailure.invalidParameter("box.timeout '" + text.trim() + "' is out of range; use 1ms to "
                    + Durations.format(MAX_TIMEOUT) + ", such as 10s.");
        }
        return timeout;
    }

    /** The settings {@code parameters} give; a value that is not valid is a configuration failure naming it. */
    static TokenCheckSettings parse(VerifyTokenRun.Parameters parameters) throws ConfigurationFailure {
        BaseUrl base = BaseUrl.parse(parameters.baseUrl());
        return new TokenCheckSettings(base, timeout(parameters.timeout()), RetryPolicy.withRetries(
                parameters.retries()), ExpirySettings.of(parameters.minValidity(), parameters.tokenExpiresAt(),
                parameters.tokenIssuedAt(), parameters.tokenLifetime(), parameters.ledger()),
                FolderRequirement.parseList(parameters.folders()), parameters.tokenFile(), Downscope.parse(
                parameters.downscope(), parameters.downscopeResource(), base), base.isHttps()
                ? parameters.proxy(base.display()) : null);
    }

    /**
     * What makes two checks of one credential differ, for the build's verdict cache: every setting, the proxy by its
     * host and user (never its password).
     */
    String cacheKey() {
        return String.join(" ", baseUrl.display(), timeout.toString(), String.valueOf(retryPolicy.retries()),
                expiry.toString(), folders.toString(), String.valueOf(tokenFile), String.valueOf(downscope),
                proxy == null ? "direct" : proxy.describe());
    }

    /** What this run asks of a token in {@code box.tokenFile}: this base URL, and the scopes and item of the downscope. */
    TokenFile.Binding handOffAsked() {
        return TokenFile.Binding.asked(baseUrl, downscope);
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

    public ExpirySettings expiry() {
        return expiry;
    }

    /** {@code box.folders}: folders the token's user must see (and, with {@code :upload}, write). */
    public List<FolderRequirement> folders() {
        return folders;
    }

    /** Null when no token file is asked for. */
    public Path tokenFile() {
        return tokenFile;
    }

    /** Null when the verified token itself is handed on. */
    public Downscope downscope() {
        return downscope;
    }

    /** Null for a direct connection. */
    public ProxySettings proxy() {
        return proxy;
    }
}
