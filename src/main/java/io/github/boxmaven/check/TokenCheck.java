package io.github.boxmaven.check;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Durations;
import io.github.boxmaven.boxapi.BoxApiClient;
import io.github.boxmaven.boxapi.BoxConnection;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.boxapi.Sleeper;
import io.github.boxmaven.credential.AccessToken;
import io.github.boxmaven.credential.AuthPlan;
import io.github.boxmaven.credential.TokenFile;
import io.github.boxmaven.expiry.Expiry;
import io.github.boxmaven.expiry.ExpiryEstimator;
import io.github.boxmaven.expiry.TrackedExpiry;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.BoxRefusals;
import io.github.boxmaven.failure.FailureKind;

import okhttp3.HttpUrl;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The check, free of Maven: gets the plan's access token (as given, or obtained for an app), asks Box
 * whom it belongs to and about the folders the build needs, judges its expiry, hands an obtained token
 * on, and returns the verdict or throws the failure that explains what is wrong. One check per
 * credential and settings for the whole build, through the {@link VerdictCache}.
 */
public final class TokenCheck {
    /** How a handed-on token fails when it is too old or gone: then the plan's replacement obtains another. */
    private static final Set<FailureKind> NO_LONGER_PASSES = EnumSet.of(FailureKind.TOKEN_REJECTED,
            FailureKind.EXPIRES_TOO_SOON, FailureKind.DOWNSCOPED_ITEM_UNREACHABLE);

    private final TokenCheckSettings settings;
    private final CheckLog log;
    private final VerdictCache cache;
    private final JvmTls.Loader tls;
    private final Sleeper sleeper;
    private final Clock clock;
    private final TokenHandOff handOff;

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
        this.handOff = new TokenHandOff(settings.tokenFile(), settings.baseUrl(), settings.downscope(), log);
    }

    /**
     * Checks the plan's credential, or reuses the verdict an earlier module of this build reached for it. A token an
     * earlier step handed on that no longer passes is replaced by the plan's replacement, when it has one.
     *
     * @param before what {@code box.tokenFile} held before the check ({@link #handOff()}); null without one
     */
    public CheckResult run(AuthPlan plan, TokenFile.Contents before) throws BoxCheckFailure {
        return cache.get(settings.cacheKey() + plan.credential().identity(), () -> {
            try {
                return check(plan, before);
            } catch (BoxCheckFailure refused) {
                if (plan.replacement() == null || !NO_LONGER_PASSES.contains(refused.kind())) {
                    throw refused;
                }
                log.info("The token handed on in box.tokenFile no longer passes (" + refused.getMessage().split("\n",
                        2)[0] + "); obtaining a fresh one, which replaces it.");
                return check(plan.replacement(), before);
            }
        });
    }

    /** Where {@code box.tokenFile} is handed on: for the warnings that depend on the module. */
    TokenHandOff handOff() {
        return handOff;
    }

    private Verdict check(AuthPlan plan, TokenFile.Contents before) throws BoxCheckFailure {
        log.info(plan.describe());
        plan.notes().forEach(note -> log.info(note + "."));
        plan.warnings().forEach(log::warn);
        handOff.warnIfNotWritten(plan);
        if (plan.method().obtainsToken() && settings.baseUrl().appCredentialsWarning() != null) {
            log.warn(settings.baseUrl().appCredentialsWarning());
        }
        try (BoxConnection box = BoxConnection.open(settings.baseUrl(), settings.timeout(), settings.retryPolicy(),
                settings.proxy(), tls, sleeper, clock, log)) {
            return check(plan, before, box);
        } catch (BoxCheckFailure failure) {
            handOff.removeStale(plan, before);
            throw failure;
        }
    }

    private Verdict check(AuthPlan plan, TokenFile.Contents before, BoxConnection box) throws BoxCheckFailure {
        AccessToken token = plan.credential().accessToken(box.tokens());
        if (token.issuedExpiry() != null) {
            log.registerSecret(token.value());
        }
        TrackedExpiry tracked = token.issuedExpiry() != null ? TrackedExpiry.exact(token.issuedExpiry())
                : new ExpiryEstimator(settings.expiry(), log, clock).track(token.value().sha256Hex());
        log.debug("Box token " + token.origin() + "; checking it at " + settings.baseUrl().display()
                + "/2.0/users/me (timeout " + Durations.format(settings.timeout()) + ", "
                + settings.retryPolicy().retries() + " retries)");
        Downscope downscope = settings.downscope();
        BoxUser user = null;
        String handedOn = "";
        if (plan.takesHandedOnToken() && downscope != null && downscope.item() != null) {
            // a token downscoped to one item can read that item, and what is inside it: never /users/me
            handedOn = "for " + downscope.item() + " '" + box.api().checkDownscopedItem(token.value(),
                    downscope.resourceUrl(settings.baseUrl()), downscope.item()) + "'";
        } else {
            user = currentUser(box.api(), token, tracked);
        }
        List<String> folders = checkFolders(box.api(), token, user);
        Expiry expiry = requireValidity(token, tracked);
        if (downscope != null && !plan.takesHandedOnToken()) {
            handedOn = handOnDownscoped(box, token, plan, before);
        } else {
            handOff.handOn(plan, before, token, "the obtained access token", clock.instant());
        }
        return new Verdict(user, token.origin(), expiry, folders, handedOn, clock.instant());
    }

    /**
     * {@code box.downscope}: narrows the verified token by token exchange, checks the narrowed one on its
     * item and against {@code box.minValidity}, and hands it on; the full-scope token is never written.
     *
     * @return for the success line: {@code hands on a token downscoped to item_upload for folder 111 'Uploads' (...)}
     */
    private String handOnDownscoped(BoxConnection box, AccessToken verified, AuthPlan plan, TokenFile.Contents before)
            throws BoxCheckFailure {
        Downscope downscope = settings.downscope();
        AccessToken narrowed = AccessToken.downscoped(box.tokens().downscope(verified.value(), downscope),
                downscope.describe());
        log.registerSecret(narrowed.value());
        HttpUrl item = downscope.resourceUrl(settings.baseUrl());
        String itemName = item == null ? ""
                : " '" + box.api().checkDownscopedItem(narrowed.value(), item, downscope.item()) + "'";
        Expiry expiry = requireValidity(narrowed, TrackedExpiry.exact(narrowed.issuedExpiry()));
        handOff.handOn(plan, before, narrowed, "a token downscoped to " + downscope.describe(), clock.instant());
        return "hands on a token downscoped to " + downscope.describe() + itemName + " ("
                + expiry.describe(clock.instant()) + ")";
    }

    /** {@code box.minValidity}, once Box accepted the token: its expiry, or the failure that it comes too soon. */
    private Expiry requireValidity(AccessToken token, TrackedExpiry tracked) throws BoxCheckFailure {
        Expiry expiry = tracked.recordAccepted();
        expiry.require(settings.expiry().minValidity(), clock.instant(), token.source(), token.renewal(), log);
        return expiry;
    }

    /** Asks Box; a rejected token is explained with what the plugin knew of its expiry. */
    private BoxUser currentUser(BoxApiClient api, AccessToken token, TrackedExpiry tracked) throws BoxCheckFailure {
        String detail = tracked.beforeCheck().rejectionDetail(clock.instant());
        return api.currentUser(token.value(), token.source(), detail == null ? BoxRefusals.USUAL_REASONS
                : tracked.beforeCheck().hasPassed(clock.instant()) ? detail : BoxRefusals.USUAL_REASONS + "; " + detail);
    }

    /**
     * {@code box.folders}: each folder visible, and writable where {@code :upload} asks; returns a line each.
     *
     * @param user whom the token acts for; null for a token for one item, which was not asked {@code /users/me}
     */
    private List<String> checkFolders(BoxApiClient api, AccessToken token, BoxUser user) throws BoxCheckFailure {
        List<String> checked = new ArrayList<>();
        for (FolderRequirement folder : settings.folders()) {
            String name = api.checkFolder(token.value(), token.source(), folder, user, user == null
                    ? settings.downscope().describe() : null);
            checked.add(folder.id() + " '" + name + "'" + (folder.upload() ? " (upload)" : ""));
        }
        return checked;
    }
}
