package io.github.boxmaven.credential;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.check.CheckFixture;
import io.github.boxmaven.check.RecordingLog;
import io.github.boxmaven.credential.CredentialInputs.SettingsServer;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Box's codes for refusals about the user's account, a policy or a permission, each its own kind and fix wherever Box
 * answers (issue 36, item 2), and the fix of a 401 by the token's kind (item 3). The codes and messages are Box's, as
 * developer.box.com lists them (guides/api-calls/permissions-and-errors/common-errors), in Box's ClientError shape
 * (the OpenAPI spec's {@code ClientError}: type, status, code, message, request_id) with a {@code box-request-id}.
 */
class BoxCodesTest {
    static final String CANARY = "givenTokenCANARY0123456789";
    static final String USER = "{\"type\":\"user\",\"id\":\"3000001\",\"name\":\"CI Service Account\","
            + "\"login\":\"ci@example.com\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    final RecordingLog log = new RecordingLog();

    private CheckFixture check() {
        return CheckFixture.against(server.url("/").toString(), log, new ArrayList<>());
    }

    private static MockResponse clientError(int status, String code, String message) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .setHeader("box-request-id", "0a1b2c").body("{\"type\":\"error\",\"status\":" + status + ",\"code\":\""
                        + code + "\",\"help_url\":\"https://developer.box.com/guides/api-calls/permissions-and-errors/"
                        + "common-errors/\",\"message\":\"" + message + "\",\"request_id\":\"abcdef123456\"}").build();
    }

    private BoxCheckFailure usersMeAnswers(FailureKind kind, MockResponse answer) {
        server.enqueue(answer);
        BoxCheckFailure e = assertFailure(kind, () -> check().verdict(CheckFixture.tokenInEnvironment(CANARY)));
        assertFalse(e.getMessage().contains(CANARY), e.getMessage());
        return e;
    }

    private String usersMe() {
        return server.url("/2.0/users/me").toString();
    }

    @Test
    void termsOfServiceRequiredSaysTheUserAcceptsThemOnce() {
        BoxCheckFailure e = usersMeAnswers(FailureKind.TERMS_OF_SERVICE_REQUIRED, clientError(400,
                "terms_of_service_required", "User must accept custom terms of service before action can be taken"));
        assertEquals("Box answered HTTP 400 to GET " + usersMe() + " (terms_of_service_required: User must accept custom"
                + " terms of service before action can be taken) (Box request id abcdef123456.0a1b2c).\nThe user the"
                + " token acts for has not accepted the enterprise's custom terms of service: that user signs in to Box"
                + " once in a browser and accepts them, then run the build again (an app's service account and app"
                + " users are exempt).", e.getMessage());
    }

    @Test
    void passwordResetRequiredSaysTheUserResetsIt() {
        BoxCheckFailure e = usersMeAnswers(FailureKind.PASSWORD_RESET_REQUIRED, clientError(400,
                "password_reset_required", "User needs to reset password"));
        assertEquals("Box answered HTTP 400 to GET " + usersMe() + " (password_reset_required: User needs to reset"
                + " password) (Box request id abcdef123456.0a1b2c).\nThe user the token acts for must reset the Box"
                + " password before Box serves it: that user signs in to Box in a browser and completes the reset, then"
                + " run the build again.", e.getMessage());
    }

    @Test
    void emailConfirmationRequiredSaysTheUserConfirmsIt() {
        BoxCheckFailure e = usersMeAnswers(FailureKind.EMAIL_CONFIRMATION_REQUIRED, clientError(403,
                "user_email_confirmation_required", "User needs to complete email confirmation"));
        assertEquals("Box accepted the token from environment variable BOX_TOKEN but refused the request (HTTP 403,"
                + " user_email_confirmation_required: User needs to complete email confirmation) (Box request id"
                + " abcdef123456.0a1b2c).\nThe user the token acts for has not confirmed the email address of the Box"
                + " account: that user follows the link in Box's confirmation email, then run the build again.",
                e.getMessage());
    }

    // Box's docs give no message for this code
    @Test
    void accessFromLocationBlockedNamesTheAdminsApprovedLocations() {
        BoxCheckFailure e = usersMeAnswers(FailureKind.LOCATION_BLOCKED, new MockResponse.Builder().code(403)
                .setHeader("Content-Type", "application/json").setHeader("box-request-id", "0a1b2c")
                .body("{\"type\":\"error\",\"status\":403,\"code\":\"access_from_location_blocked\"}").build());
        assertEquals("Box accepted the token from environment variable BOX_TOKEN but refused the request (HTTP 403,"
                + " access_from_location_blocked) (Box request id 0a1b2c).\nAn admin allows access to the enterprise"
                + " only from approved locations, and this machine's is not one: ask an admin to approve the network"
                + " this build runs on, or run it from one.", e.getMessage());
    }

    @Test
    void accessDeniedInsufficientPermissionsNamesTheUsersAndTheAppsPermissions() {
        BoxCheckFailure e = usersMeAnswers(FailureKind.ACCESS_DENIED, clientError(403,
                "access_denied_insufficient_permissions", "Access denied - insufficient permission"));
        assertEquals("Box accepted the token from environment variable BOX_TOKEN but refused the request (HTTP 403,"
                + " access_denied_insufficient_permissions: Access denied - insufficient permission) (Box request id"
                + " abcdef123456.0a1b2c).\n" + PERMISSIONS, e.getMessage());
    }

    static final String PERMISSIONS = "Either the user the token acts for lacks the permission (give it access, such"
            + " as a collaborator role on the item), or the app does (its Application Scopes in the Developer Console >"
            + " your app > Configuration, then an admin re-authorizes it and you get a new token).";

    @Test
    void anUnknownCodeIsQuotedCleanedWithBothFixes() {
        BoxCheckFailure e = usersMeAnswers(FailureKind.ACCESS_DENIED, clientError(403, "some_new_code",
                "Blocked \\u001b[31mnow\\u001b[0m"));
        assertEquals("Box accepted the token from environment variable BOX_TOKEN but refused the request (HTTP 403,"
                + " some_new_code: Blocked ?[31mnow?[0m) (Box request id abcdef123456.0a1b2c).\n" + PERMISSIONS,
                e.getMessage());
    }

    @Test
    void forbiddenByPolicyOnAFolderNamesTheShieldPolicy() {
        server.enqueue(new MockResponse.Builder().code(200).body(USER).build());
        server.enqueue(clientError(403, "forbidden_by_policy", "Access denied - Blocked by Shield Access Policy"));
        BoxCheckFailure e = assertFailure(FailureKind.FORBIDDEN_BY_POLICY, () -> check().folders("111")
                .verdict(CheckFixture.tokenInEnvironment(CANARY)));
        assertEquals("Box accepted the token from environment variable BOX_TOKEN but refused the request (HTTP 403,"
                + " forbidden_by_policy: Access denied - Blocked by Shield Access Policy) (Box request id"
                + " abcdef123456.0a1b2c).\nA Box Shield access policy of the enterprise blocks this: ask an enterprise"
                + " admin to adjust the Shield policy that applies to this user or item.", e.getMessage());
    }

    // Box's guide: acceptance is required before "user access token issuance" for a login-capable managed user
    @Test
    void termsOfServiceRequiredAtTheTokenEndpointSaysTheUserAcceptsThem() {
        server.enqueue(clientError(400, "terms_of_service_required",
                "User must accept custom terms of service before action can be taken"));
        BoxCheckFailure e = assertFailure(FailureKind.TERMS_OF_SERVICE_REQUIRED, () -> check().verdict(Inputs.builder()
                .server("box", id -> Optional.of(new SettingsServer("client-id-1", Secret.of("s")))).userId("42")));
        assertEquals("Box refused to issue a token by Client Credentials Grant (HTTP 400, terms_of_service_required:"
                + " User must accept custom terms of service before action can be taken) (Box request id"
                + " abcdef123456.0a1b2c).\nThe user the token acts for has not accepted the enterprise's custom terms"
                + " of service: that user signs in to Box once in a browser and accepts them, then run the build again"
                + " (an app's service account and app users are exempt).", e.getMessage());
    }

    @Test
    void forbiddenByPolicyAtTheTokenExchangeNamesTheShieldPolicy() {
        server.enqueue(new MockResponse.Builder().code(200).body(USER).build());
        server.enqueue(clientError(403, "forbidden_by_policy", "Access denied - Blocked by Shield Access Policy"));
        BoxCheckFailure e = assertFailure(FailureKind.FORBIDDEN_BY_POLICY, () -> check().downscope("base_explorer",
                null).verdict(CheckFixture.tokenInEnvironment(CANARY)));
        assertEquals("Box refused to downscope the verified token to base_explorer (HTTP 403, forbidden_by_policy:"
                + " Access denied - Blocked by Shield Access Policy) (Box request id abcdef123456.0a1b2c).\nA Box Shield"
                + " access policy of the enterprise blocks this: ask an enterprise admin to adjust the Shield policy"
                + " that applies to this user or item.", e.getMessage());
    }

    // item 3: Box's 401 for a token it does not accept, empty body (box-api.md "Errors"; developer docs invalid_token)
    private static MockResponse invalidToken() {
        return new MockResponse.Builder().code(401).setHeader("WWW-Authenticate", "Bearer realm=\"Service\","
                + " error=\"invalid_token\", error_description=\"The access token provided is invalid.\"").build();
    }

    @Test
    void aRejectedObtainedTokenPointsAtTheAppNeverAtDeveloperTokens() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"access_token\":\"obtainedTOKEN0123456789abcdef\",\"expires_in\":4100,\"token_type\":"
                        + "\"bearer\"}").build());
        server.enqueue(invalidToken());
        BoxCheckFailure e = assertFailure(FailureKind.TOKEN_REJECTED, () -> check().clock(Clock.fixed(
                Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC)).verdict(Inputs.builder().server("box",
                id -> Optional.of(new SettingsServer("client-id-1", Secret.of("s")))).enterpriseId("12345")));
        assertEquals("Box rejected the token from Client Credentials Grant for enterprise 12345 (client id and secret"
                + " from settings.xml server 'box', subject from box.enterpriseId) (HTTP 401): Box issued it to this"
                + " build moments ago, so it has not expired: it was revoked, or its user or the app was deactivated"
                + " since; Box says: invalid_token (The access token provided is invalid.).\nBox issued"
                + " this token moments ago, so the app's credentials work: check that the user it acts for (the app's"
                + " service account, or box.userId) is active in the Admin Console > Users, and that the app is still"
                + " authorized in the Admin Console > Apps > Custom Apps Manager.", e.getMessage());
        assertFalse(e.getMessage().contains("Generate Developer Token"));
        assertFalse(e.getMessage().contains("developer token"), "issue 36 item 3: the reason follows the token's kind");
    }
}
