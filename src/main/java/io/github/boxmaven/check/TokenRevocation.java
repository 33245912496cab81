package io.github.boxmaven.check;

import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.base.Instants;
import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.BoxConnection;
import io.github.boxmaven.boxapi.JvmTls;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.boxapi.RetryPolicy;
import io.github.boxmaven.boxapi.Sleeper;
import io.github.boxmaven.credential.AppClient;
import io.github.boxmaven.credential.TokenFile;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.Causes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code box:revoke-token}, free of Maven: revokes the token {@code box:verify-token} handed on in {@code box.tokenFile},
 * deletes the file, and forgets the build's verdicts of it. Only a file {@code verify-token} would take is sent to Box;
 * a revocation that cannot happen is a warning that keeps the file: the token dies on its own.
 */
public final class TokenRevocation {
    private final BaseUrl baseUrl;
    private final Duration timeout;
    private final RetryPolicy retryPolicy;
    private final ProxySettings proxy;
    private final CheckLog log;
    private final JvmTls.Loader tls;
    private final Clock clock;
    private final VerdictCache cache;

    /** @param proxy null for a direct connection; {@code cache}: the build's verdicts, which a revoked token ends */
    public TokenRevocation(BaseUrl baseUrl, Duration timeout, RetryPolicy retryPolicy, ProxySettings proxy,
            CheckLog log, JvmTls.Loader tls, Clock clock, VerdictCache cache) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.retryPolicy = retryPolicy;
        this.proxy = proxy;
        this.log = log;
        this.tls = tls;
        this.clock = clock;
        this.cache = cache;
    }

    /**
     * Whether the token in {@code file} was revoked with the app's {@code client}, if one is configured; with
     * {@code offline} (Maven's {@code -o}) nothing is sent, and the warning says when the token expires on its own.
     */
    public boolean revoke(Path file, Optional<AppClient> client, boolean offline) {
        TokenFile tokenFile = new TokenFile(file);
        TokenFile.Contents contents;
        try {
            contents = tokenFile.read();
        } catch (BoxCheckFailure e) {
            log.warn("Cannot read the Box token file " + file + " (" + e.getMessage().split("\n", 2)[0]
                    + "); nothing was revoked.");
            return false;
        }
        if (!contents.exists()) {
            log.info("No Box token file at " + file + ": nothing to revoke.");
            return false;
        }
        String notOurs = contents.whyNotOurs();
        if (notOurs != null) {
            log.warn("The file " + file + " is not a token box:verify-token handed on: " + notOurs + ". It was not"
                    + " sent to Box, and is kept.");
            return false;
        }
        String keep = "The file is kept; the token stays valid until it expires on its own at "
                + Instants.format(contents.expiresAt(), clock.instant()) + " (as recorded when it was handed on).";
        if (offline) {
            log.warn("The Box token in " + file + " was not revoked because Maven is offline (-o). " + keep);
            return false;
        }
        if (!client.isPresent()) {
            log.warn("Cannot revoke the Box token in " + file + ": revoking needs the app's client id and secret"
                    + " (settings.xml server <username> and <password>, box.clientId and box.clientSecret,"
                    + " BOX_CLIENT_ID and BOX_CLIENT_SECRET, or box.jwtConfig), and none is configured. " + keep);
            return false;
        }
        return revoke(tokenFile, contents, client.get(), keep);
    }

    private boolean revoke(TokenFile file, TokenFile.Contents contents, AppClient client, String keep) {
        if (baseUrl.appCredentialsWarning() != null) {
            log.warn(baseUrl.appCredentialsWarning());
        }
        try (BoxConnection box = BoxConnection.open(baseUrl, timeout, retryPolicy, proxy, tls, Sleeper.REAL, clock,
                log)) {
            box.tokens.revoke(client.id, client.secret, client.source, contents.token());
        } catch (BoxCheckFailure e) {
            log.warn("Could not revoke the Box token in " + file.path() + ": " + e.getMessage() + "\n" + keep);
            return false;
        }
        cache.forget(contents.token().sha256Hex());
        try {
            boolean deleted = file.delete(contents);
            log.info("Revoked the Box token in " + file.path() + " (client id and secret from " + client.source
                    + ") and " + (deleted ? "deleted the file." : "left the file, which another build wrote meanwhile."));
        } catch (IOException e) {
            log.warn("Revoked the Box token in " + file.path() + ", but cannot delete the file (" + Causes.describe(e)
                    + "); delete it by hand.");
        }
        return true;
    }
}
