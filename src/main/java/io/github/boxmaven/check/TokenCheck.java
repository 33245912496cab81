package io.github.boxmaven.check;

import io.github.boxmaven.boxapi.BoxApiClient;
import io.github.boxmaven.boxapi.BoxHttp;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.boxapi.HttpClients;
import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.boxapi.Sleeper;
import io.github.boxmaven.boxapi.TokenEndpointClient;
import io.github.boxmaven.credential.AccessToken;
import io.github.boxmaven.credential.AuthPlan;
import io.github.boxmaven.credential.TokenFile;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.expiry.ExpiryEstimator;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.Causes;
import io.github.boxmaven.failure.CredentialConfigInvalid;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.failure.TokenRejected;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The check, free of Maven: gets the plan's access token (as given, or obtained for an app), asks Box
 * whom it belongs to and about the folders the build needs, judges its expiry, hands an obtained token
 * on, and returns the verdict or throws the failure that explains what is wrong. One check per
 * credential and settings for the whole build, through the {@link VerdictCache}.
 */
public final class TokenCheck {
    private final TokenCheckSettings settings;
    private final CheckLog log;
    private final VerdictCache cache;
    private final JvmTls.Loader tls;
    private final Sleeper sleeper;
    private final Clock clock;

    public TokenCheck(TokenCheckSettings settings, CheckLog log, VerdictCache cache) {
        this(settings, log, cache, JvmTls::load, Sleeper.REAL, Clock.systemUTC());
    }

    /** @param tls the HTTPS trust, read only when the base URL is HTTPS */
    public TokenCheck(TokenCheckSettings settings, CheckLog log, VerdictCache cache, JvmTls.Loader tls,
            Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.log = log;
        this.cache = cache;
        this.tls = tls;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Checks the plan's credential, or reuses the verdict an earlier module of this build reached for it. */
    public CheckResult run(AuthPlan plan) throws BoxCheckFailure {
        return cache.get(settings.cacheKey() + plan.credential().identity(), () -> check(plan));
    }

    private Verdict check(AuthPlan plan) throws BoxCheckFailure {
        log.info(plan.describe());
        plan.warnings().forEach(log::warn);
        warnAboutWhatIsSentWhere(plan);
        OkHttpClient client = HttpClients.create(settings.timeout(), settings.proxy(),
                settings.baseUrl().isHttps() ? tls.load() : null);
        try {
            return check(plan, new BoxHttp(client, settings.retryPolicy(), sleeper, clock, log, settings.timeout()));
        } catch (BoxCheckFailure failure) {
            removeStaleTokenFile(plan);
            throw failure;
        } finally {
            HttpClients.release(client);
        }
    }

    private Verdict check(AuthPlan plan, BoxHttp http) throws BoxCheckFailure {
        TokenEndpointClient endpoint = new TokenEndpointClient(http, settings.baseUrl(), PluginInfo.userAgent(), clock);
        AccessToken token = plan.credential().accessToken(endpoint, new ExpiryEstimator(settings.expiry(), log, clock));
        log.debug("Box token " + token.origin() + "; checking it at " + settings.baseUrl().display()
                + "/2.0/users/me (timeout " + Durations.format(settings.timeout()) + ", "
                + settings.retryPolicy().retries() + " retries)");
        BoxApiClient api = new BoxApiClient(http, settings.baseUrl(), PluginInfo.userAgent());
        BoxUser user = currentUser(api, token);
        List<String> folders = checkFolders(api, token, user);
        Expiry expiry = token.expiry().onceAccepted();
        Instant now = clock.instant();
        expiry.require(settings.expiry().minValidity(), now, token.source(), token.renewal(), log);
        String handOff = "";
        if (settings.downscope() != null) {
            handOff = handOnDownscoped(endpoint, api, token);
        } else if (token.isObtained()) {
            writeTokenFile(token, "the obtained access token");
        }
        return new Verdict(user, token.origin(), expiry, folders, handOff, now);
    }

    /**
     * {@code box.downscope}: narrows the verified token by token exchange, checks the narrowed one on its
     * item and against {@code box.minValidity}, and hands it on; the full-scope token is never written.
     *
     * @return for the success line: {@code hands on a token downscoped to item_upload for folder 111 'Uploads' (...)}
     */
    private String handOnDownscoped(TokenEndpointClient endpoint, BoxApiClient api, AccessToken verified)
            throws BoxCheckFailure {
        Downscope downscope = settings.downscope();
        AccessToken narrowed = AccessToken.downscoped(endpoint.downscope(verified.value(), downscope),
                downscope.describe());
        HttpUrl item = downscope.resourceUrl(settings.baseUrl());
        String itemName = item == null ? "" : " '" + api.checkDownscopedItem(narrowed.value(), item, downscope.item())
                + "'";
        Expiry expiry = narrowed.expiry().onceAccepted();
        Instant now = clock.instant();
        expiry.require(settings.expiry().minValidity(), now, narrowed.source(), narrowed.renewal(), log);
        writeTokenFile(narrowed, "a token downscoped to " + downscope.describe());
        return "hands on a token downscoped to " + downscope.describe() + itemName + " (" + expiry.describe(now) + ")";
    }

    /** A token file is only for tokens the plugin obtains; app credentials should go to Box alone. */
    private void warnAboutWhatIsSentWhere(AuthPlan plan) {
        if (settings.tokenFile() != null && !settings.handsOnToken(plan.method())) {
            log.warn("box.tokenFile is written only for tokens the plugin obtains (box.auth=ccg or jwt, or"
                    + " box.downscope); " + settings.tokenFile() + " was not written.");
        }
        if (plan.method().obtainsToken() && !settings.baseUrl().isBoxOrLoopback()) {
            log.warn("box.baseUrl " + settings.baseUrl().display() + " is neither Box (api.box.com or another host"
                    + " under box.com) nor loopback, yet the app's credentials go there (its client secret, and with"
                    + " JWT a signed assertion that Box would accept). Check box.baseUrl.");
        }
    }

    /** Asks Box; a 401 is explained with what the plugin knew of the token's expiry. */
    private BoxUser currentUser(BoxApiClient api, AccessToken token) throws BoxCheckFailure {
        try {
            return api.currentUser(token.value(), token.source());
        } catch (TokenRejected rejected) {
            Expiry known = token.expiry().beforeCheck();
            String detail = known.rejectionDetail(clock.instant());
            if (detail == null) {
                throw rejected;
            }
            throw new TokenRejected(token.source(), known.hasPassed(clock.instant()) ? detail
                    : TokenRejected.USUAL_REASONS + "; " + detail, rejected.requestId());
        }
    }

    /** {@code box.folders}: each folder visible, and writable where {@code :upload} asks; returns a line each. */
    private List<String> checkFolders(BoxApiClient api, AccessToken token, BoxUser user) throws BoxCheckFailure {
        List<String> checked = new ArrayList<>();
        for (FolderRequirement folder : settings.folders()) {
            String name = api.checkFolder(token.value(), token.source(), folder, user);
            checked.add(folder.id() + " '" + name + "'" + (folder.upload() ? " (upload)" : ""));
        }
        return checked;
    }

    /** @param what {@code the obtained access token}, for the log */
    private void writeTokenFile(AccessToken token, String what) throws BoxCheckFailure {
        if (settings.tokenFile() == null) {
            return;
        }
        try {
            TokenFile.write(settings.tokenFile(), token.value());
            log.info("Wrote " + what + " to " + settings.tokenFile() + " (owner-only) for later steps of this build.");
        } catch (IOException e) {
            throw new CredentialConfigInvalid(FailureKind.TOKEN_FILE_UNWRITABLE, "Cannot write box.tokenFile "
                    + settings.tokenFile() + " (" + Causes.describe(e) + ")", "Point box.tokenFile at a writable place"
                    + " in the runner's temporary directory, such as $RUNNER_TEMP/box-token.", e);
        }
    }

    /** A failed check leaves no token file behind, not even one an earlier build wrote. */
    private void removeStaleTokenFile(AuthPlan plan) {
        if (!settings.handsOnToken(plan.method())) {
            return;
        }
        try {
            if (Files.deleteIfExists(settings.tokenFile())) {
                log.info("Deleted " + settings.tokenFile() + ", written by an earlier build: this check failed.");
            }
        } catch (IOException e) {
            log.warn("Cannot delete " + settings.tokenFile() + " (" + Causes.describe(e) + "), a token file an earlier"
                    + " build wrote; delete it by hand.");
        }
    }
}
