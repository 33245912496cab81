package io.github.boxmaven.check;

import io.github.boxmaven.base.ByteSizes;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.boxapi.RetryPolicy;
import io.github.boxmaven.expiry.ExpirySettings;
import io.github.boxmaven.failure.ConfigurationFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/** The check's parameters, validated and final: what it asks Box, how, and what it requires of the token. */
public final class TokenCheckSettings {
    static final Duration MAX_TIMEOUT = Duration.ofHours(1);
    /** The largest file Box takes, on any plan: the bound of {@code box.uploadSize}. */
    static final long MAX_UPLOAD_SIZE = 500_000_000_000L;

    public final BaseUrl baseUrl;
    public final Duration timeout;
    public final RetryPolicy retryPolicy;
    public final ExpirySettings expiry;
    /** {@code box.folders}: folders the token's user must see (and, with {@code :upload}, write). */
    public final List<FolderRequirement> folders;
    /** {@code box.uploadSize}: the bytes Box's preflight is asked about for each {@code :upload} folder. */
    public final long uploadSize;
    /** Null when no token file is asked for. */
    public final Path tokenFile;
    /** Null when the verified token itself is handed on. */
    public final Downscope downscope;
    /** Null for a direct connection. */
    public final ProxySettings proxy;
    /** Whom the token must act for, and as. */
    public final PrincipalRules principals;

    /** The settings {@code parameters} give; a value that is not valid is a configuration failure naming it. */
    TokenCheckSettings(VerifyTokenRun.Parameters parameters) throws ConfigurationFailure {
        baseUrl = BaseUrl.parse(parameters.baseUrl);
        downscope = Downscope.parse(parameters.downscope, parameters.downscopeResource, baseUrl);
        principals = new PrincipalRules(parameters.allowedEnterpriseIds, parameters.forbiddenEnterpriseIds,
                parameters.allowedUserIds, parameters.asUser, parameters.asUserEnvironment);
        if (principals.asUser != null && downscope != null) {
            throw ConfigurationFailure.invalidParameter(principals.asUserFrom + " and box.downscope are both set, but"
                    + " Box's token exchange has no As-User; obtain the token for that user instead (box.userId "
                    + principals.asUser + " with the app's credentials) and drop " + principals.asUserFrom + ".");
        }
        timeout = timeout(parameters.timeout);
        retryPolicy = RetryPolicy.withRetries(parameters.retries);
        expiry = ExpirySettings.of(parameters.minValidity, parameters.tokenExpiresAt, parameters.tokenIssuedAt,
                parameters.tokenLifetime, parameters.ledger);
        folders = Collections.unmodifiableList(FolderRequirement.parseList(parameters.folders));
        uploadSize = ByteSizes.parse("box.uploadSize", parameters.uploadSize == null ? "1MB" : parameters.uploadSize,
                MAX_UPLOAD_SIZE, "the largest file Box takes on any plan");
        tokenFile = parameters.tokenFile;
        proxy = baseUrl.isHttps() ? parameters.proxies.apply(baseUrl.display()) : null;
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

    /** What makes two checks of one credential differ, for the verdict cache: every setting, no password. */
    String cacheKey() {
        return String.join(" ", baseUrl.display(), timeout.toString(), String.valueOf(retryPolicy.retries),
                expiry.toString(), folders.toString(), String.valueOf(uploadSize), String.valueOf(tokenFile),
                String.valueOf(downscope), proxy == null ? "direct" : proxy.describe(), principals.cacheKey());
    }
}
