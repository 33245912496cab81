package io.github.boxmaven.maven;

import io.github.boxmaven.boxapi.BaseUrl;
import io.github.boxmaven.boxapi.Downscope;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.boxapi.ProxySettings;
import io.github.boxmaven.boxapi.RetryPolicy;
import io.github.boxmaven.check.OfflineMode;
import io.github.boxmaven.check.TokenCheckSettings;
import io.github.boxmaven.check.VerifyTokenRun;
import io.github.boxmaven.credential.AuthMethod;
import io.github.boxmaven.credential.CredentialInputs;
import io.github.boxmaven.credential.JwtAlgorithm;
import io.github.boxmaven.expiry.ExpirySettings;
import io.github.boxmaven.failure.BoxCheckFailure;

import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.nio.file.Path;

/**
 * The parameters of {@code box:verify-token} and how they map onto the core's values: each parsed and
 * validated when the run asks for it, so that a bad value is that run's configuration failure.
 */
abstract class VerifyTokenConfiguration extends AbstractBoxMojo implements VerifyTokenRun.Parameters {

    /**
     * The least time the token must stay valid after the check, e.g. as long as the stages that need Box take.
     * {@code 0s} only checks that Box accepts it.
     */
    @Parameter(property = "box.minValidity", defaultValue = "10m")
    String minValidity;

    /**
     * When the token expires, if you know it: ISO-8601 such as {@code 2026-11-29T10:15:00Z} or with an offset.
     * Wins over {@code box.token.issuedAt} and the ledger.
     */
    @Parameter(property = "box.token.expiresAt")
    String tokenExpiresAt;

    /** When the token was generated (ISO-8601); it then expires {@code box.token.lifetime} later. */
    @Parameter(property = "box.token.issuedAt")
    String tokenIssuedAt;

    /** How long a token lives after it is generated: 60 minutes for Box developer tokens. */
    @Parameter(property = "box.token.lifetime", defaultValue = "60m")
    String tokenLifetime;

    /**
     * The first-seen ledger: remembers (by SHA-256, never the token) when this machine first saw each token,
     * which bounds a developer token's expiry. {@code off} disables it. A relative path is taken from the
     * project's directory.
     */
    @Parameter(property = "box.ledger", defaultValue = "${user.home}/.m2/box-maven-plugin/token-ledger.properties")
    String ledger;

    /**
     * How to get the token: {@code auto} (JWT when {@code box.jwtConfig} is set; the Client Credentials Grant
     * when a client id, a client secret and a subject are available; otherwise a token you have), {@code token},
     * {@code ccg} or {@code jwt}.
     */
    @Parameter(property = "box.auth", defaultValue = "auto")
    String auth;

    /** The enterprise the app's token acts for (its service account); else environment {@code BOX_ENTERPRISE_ID}. */
    @Parameter(property = "box.enterpriseId")
    String enterpriseId;

    /** A user the app's token acts for, instead of the enterprise; else environment {@code BOX_USER_ID}. */
    @Parameter(property = "box.userId")
    String userId;

    /** The JWT assertion's signature algorithm: {@code RS256}, {@code RS384} or {@code RS512}. */
    @Parameter(property = "box.jwtAlgorithm", defaultValue = "RS256")
    String jwtAlgorithm;

    /**
     * Folders the build needs, checked with the token: comma-separated ids, each optionally followed by
     * {@code :upload} when the build uploads there, e.g. {@code 111:upload,222}.
     */
    @Parameter(property = "box.folders")
    String folders;

    /** Under {@code mvn -o}: {@code skip} (a WARNING that the token was not verified) or {@code fail}. */
    @Parameter(property = "box.offline", defaultValue = "skip")
    String offline;

    /**
     * With {@code false}, a build where no credential is configured at all (a fork's pull request without
     * secrets) logs a WARNING and goes on; a credential that is present but rejected still fails.
     */
    @Parameter(property = "box.failIfMissing", defaultValue = "true")
    boolean failIfMissing;

    /** The JSON report of the check (written only when there is a project); never holds a secret. */
    @Parameter(property = "box.report", defaultValue = "${project.build.directory}/box-verify-token.json")
    File report;

    /** A JUnit XML report with the check as one test case, for CI servers that show test results. Off when unset. */
    @Parameter(property = "box.junitReport")
    File junitReport;

    /**
     * Fail the build when the check fails. With {@code false} every failure of the check is logged as a
     * WARNING and the build goes on; invalid parameters still fail.
     */
    @Parameter(property = "box.failOnError", defaultValue = "true")
    boolean failOnError;

    /**
     * Hand later stages a token narrowed to these Box scopes (comma-separated, e.g.
     * {@code item_upload,item_preview,base_explorer}) instead of the verified one: {@code box.tokenFile} then
     * holds a downscoped token obtained by Box's token exchange, and the full-scope token is written nowhere.
     */
    @Parameter(property = "box.downscope")
    String downscope;

    /**
     * The one item the downscoped token is for: {@code folder:111}, {@code file:222}, or the item's API URL
     * ({@code https://api.box.com/2.0/folders/111}). The token is checked on it.
     */
    @Parameter(property = "box.downscopeResource")
    String downscopeResource;

    VerifyTokenConfiguration(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    /** The check's settings; the proxy is Maven's choice for an HTTPS base URL. */
    @Override
    public TokenCheckSettings settings() throws BoxCheckFailure {
        BaseUrl base = BaseUrl.parse(baseUrl);
        ProxySettings proxy = proxyFor(base);
        return new TokenCheckSettings(base, TokenCheckSettings.timeout(timeout), RetryPolicy.withRetries(retries),
                ExpirySettings.of(minValidity, tokenExpiresAt, tokenIssuedAt, tokenLifetime, ledgerPath()),
                FolderRequirement.parseList(folders), tokenFile == null ? null : tokenFile.toPath().toAbsolutePath(),
                Downscope.parse(downscope, downscopeResource, base), proxy);
    }

    @Override
    public CredentialInputs credentials() throws BoxCheckFailure {
        return credentials(Choices.parse(AuthMethod.class, "box.auth", auth), enterpriseId,
                userId, Choices.parse(JwtAlgorithm.class, "box.jwtAlgorithm", jwtAlgorithm));
    }

    @Override
    public OfflineMode offlineMode() throws BoxCheckFailure {
        return Choices.parse(OfflineMode.class, "box.offline", offline);
    }

    /** The ledger file, null when {@code box.ledger=off}; relative paths are taken from the project's directory. */
    private Path ledgerPath() {
        String value = ledger == null ? "" : ledger.trim();
        if (value.isEmpty() || value.equalsIgnoreCase(ExpirySettings.LEDGER_OFF)) {
            return null;
        }
        MavenProject project = session.getCurrentProject();
        File base = project != null && project.getBasedir() != null ? project.getBasedir()
                : new File(session.getExecutionRootDirectory() == null ? "." : session.getExecutionRootDirectory());
        return base.toPath().resolve(value);
    }
}
