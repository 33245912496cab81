package io.github.boxmaven.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.stream.Collectors;

class FailureKindTest {

    @Test
    void idsAreTheReportsKebabCaseNames() {
        assertEquals("token-rejected", FailureKind.TOKEN_REJECTED.id());
        assertEquals("jwt-passphrase-wrong", FailureKind.JWT_PASSPHRASE_WRONG.id());
    }

    @Test
    void theReportsPageListsEveryKind() throws Exception {
        String page = new String(Files.readAllBytes(Paths.get("src/site/markdown/reports.md")), StandardCharsets.UTF_8);
        for (FailureKind kind : FailureKind.values()) {
            assertTrue(page.contains("`" + kind.id() + "`"), kind.id() + " is missing from src/site/markdown/reports.md");
        }
    }

    @Test
    void theReportContractsIdsStayAsPublished() {
        assertEquals(Arrays.asList("invalid-parameter", "insecure-base-url", "no-token", "malformed-token",
                "settings-decryption", "ccg-incomplete", "jwt-config-missing", "jwt-config-unreadable",
                "jwt-config-invalid", "jwt-subject-missing", "jwt-key-unreadable", "jwt-passphrase-missing",
                "jwt-passphrase-wrong", "token-file-unwritable", "enterprise-not-allowed", "user-not-allowed", "offline",
                "token-rejected", "access-denied", "as-user-refused",
                "token-endpoint-rejected", "folder-not-visible", "folder-not-writable", "expires-too-soon",
                "downscope-refused", "downscoped-item-unreachable", "downscope-insufficient", "upload-refused",
                "user-inactive", "rate-limited", "box-unavailable",
                "unexpected-response", "not-box-api", "response-too-large", "terms-of-service-required",
                "password-reset-required", "email-confirmation-required", "location-blocked", "forbidden-by-policy",
                "trust-store-unreadable", "unknown-host",
                "connection-failed", "tls-failure", "timeout", "proxy-authentication", "network-failure"),
                Arrays.stream(FailureKind.values()).map(FailureKind::id).collect(Collectors.toList()));
    }

    @Test
    void configurationFailuresAreTheBuildsOwnMistakes() {
        assertEquals(FailureKind.Group.CONFIGURATION, ConfigurationFailure.invalidParameter("x").kind().group);
        assertEquals(FailureKind.Group.CONFIGURATION,
                ConfigurationFailure.insecureBaseUrl("http://example.com").kind().group);
        for (FailureKind kind : FailureKind.values()) {
            assertEquals(kind == FailureKind.INVALID_PARAMETER || kind == FailureKind.INSECURE_BASE_URL,
                    kind.group == FailureKind.Group.CONFIGURATION, kind.id());
        }
    }

    @Test
    void onlyAMissingTokenIsAMissingCredential() {
        for (FailureKind kind : FailureKind.values()) {
            assertEquals(kind == FailureKind.NO_TOKEN, kind.group == FailureKind.Group.MISSING_CREDENTIAL, kind.id());
        }
    }

    @Test
    void aBoxAnswerNamesWhatHappenedTheRequestIdAndTheFix() {
        BoxCheckFailure e = BoxRefusals.accessDenied("environment variable BOX_TOKEN", 403, "access_denied_insufficient_permissions",
                "Access denied", "req-9");
        assertEquals(FailureKind.ACCESS_DENIED, e.kind());
        assertEquals("req-9", e.requestId());
        assertEquals("Box accepted the token from environment variable BOX_TOKEN but refused the request (HTTP 403,"
                + " access_denied_insufficient_permissions: Access denied) (Box request id req-9).\nEither the user the"
                + " token acts for lacks the permission (give it access, such as a collaborator role on the item), or"
                + " the app does (its Application Scopes in the Developer Console > your app > Configuration, then an"
                + " admin re-authorizes it and you get a new token).", e.getMessage());
    }

    @Test
    void aCredentialFailureSaysWhatAndTheFixOnItsOwnLine() {
        BoxCheckFailure e = CredentialFailures.jwtPassphraseMissing("box.jwtConfig c.json");
        assertEquals(FailureKind.JWT_PASSPHRASE_MISSING, e.kind());
        assertEquals(null, e.requestId());
        assertEquals("The private key in box.jwtConfig c.json is encrypted, but no passphrase was given.\nKeep"
                + " boxAppSettings.appAuth.passphrase in the file, or set the BOX_JWT_PASSPHRASE environment variable.",
                e.getMessage());
    }

    @Test
    void theStatusTextOfARefusalIsWrittenOnce() {
        assertEquals("(HTTP 400, invalid_grant: Please check the 'exp' claim.)",
                BoxRefusals.status(400, "invalid_grant", "Please check the 'exp' claim."));
        assertEquals("(HTTP 401)", BoxRefusals.status(401, null, null));
    }
}
