package io.github.boxmaven.check;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.credential.Inputs;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.standin.BoxStandIn;
import io.github.boxmaven.standin.JwtTestKeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * {@code box.asUser}: Box must answer {@code /users/me} with As-User for that very user, and {@code box.folders} are
 * checked as that user. The stand-in lets a CCG service account act as Jane Doe (user 4242).
 */
class AsUserCheckTest {
    final BoxStandIn standIn = BoxStandIn.start(0);

    @TempDir
    Path dir;

    AsUserCheckTest() throws Exception {
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private CheckFixture check() {
        return CheckFixture.against(standIn.url());
    }

    private static final Inputs CCG = PrincipalCheckTest.ccg("enterprise", "777");

    @Test
    void theTokenActsAsTheUserAndTheFoldersAreCheckedAsThatUser() throws Exception {
        Verdict verdict = check().asUser("4242", null).folders("111:upload").verdict(CCG);
        assertTrue(verdict.summary().startsWith("Box token OK: CI Service Account"
                + " <AutomationUser_3000001_Ab12Cd34Ef@boxdevedition.com> (user 3000001) in enterprise 777 'Acme"
                + " Sandbox' acting as Jane Doe <jane@acme.com> (user 4242) by As-User, token obtained by Client"
                + " Credentials Grant for enterprise 777"), verdict.summary());
        assertEquals("4242", verdict.actingAs.id);
        assertEquals(2, standIn.asUserRequests(), "one more /users/me, and the folder, with As-User");
        assertTrue(verdict.summary().contains("folders 111 'Uploads' (upload of 1 MB accepted)"), verdict.summary());
        assertEquals("4242", check().asUser(null, "4242").verdict(CCG).actingAs.id, "else BOX_AS_USER");
    }

    @Test
    void anAppThatMayNotUseAsUserGetsTheSettingToEnable() throws Exception {
        Path config = dir.resolve("config.json");
        JwtTestKeys.standInConfig(config, standIn.url(), "kid-a", "777");
        BoxCheckFailure e = assertFailure(FailureKind.AS_USER_REFUSED, () -> check().asUser("4242", null)
                .verdict(Inputs.builder().jwtConfig(config)));
        assertTrue(e.getMessage().matches("(?s)Box refused to let CI Service Account <[^>]+> \\(user 3000001\\) act as"
                + " user 4242 by As-User \\(HTTP 403, insufficient_scope: The request requires higher privileges than"
                + " provided by the access token\\.\\) \\(Box request id standin\\d+\\.0[0-9a-f]+\\)\\.\\nEnable \"Make"
                + " API calls using the as-user header\" \\(Developer Console > your app > Configuration > Advanced"
                + " Features\\), then have an admin re-authorize the app \\(Admin Console > Apps\\)\\."),
                e.getMessage());
    }

    @Test
    void aUserWhoIsNoAdminMayNotActAsAnother() {
        BoxCheckFailure e = assertFailure(FailureKind.AS_USER_REFUSED, () -> check().asUser("4242", null)
                .verdict(CheckFixture.tokenInEnvironment("valid-dev")));
        assertTrue(e.getMessage().startsWith("Box refused to let Test User <test@user.com> (user 12345) act as user 4242"
                + " by As-User (HTTP 403, access_denied_insufficient_permissions: Access denied - insufficient"
                + " permission) (Box request id "), e.getMessage());
        assertTrue(e.getMessage().endsWith(".\nOnly an admin, a co-admin with the Manage Users permission, or the app's"
                + " service account may act as another user, and a co-admin not as another co-admin or the primary"
                + " admin: use such a token."), e.getMessage());
    }

    @Test
    void aUserBoxDoesNotFindOrTheTokensOwnUserIsRefused() {
        BoxCheckFailure missing = assertFailure(FailureKind.AS_USER_REFUSED, () -> check().asUser("404404", null)
                .verdict(CCG));
        assertTrue(missing.getMessage().contains("act as user 404404 by As-User (HTTP 404, not_found: Not Found)"),
                missing.getMessage());
        assertTrue(missing.getMessage().endsWith("\nCheck box.asUser (or BOX_AS_USER): the id of a user of the app's"
                + " enterprise (Admin Console > Users)."), missing.getMessage());
        BoxCheckFailure own = assertFailure(FailureKind.AS_USER_REFUSED, () -> check().asUser(null, "3000001")
                .verdict(CCG));
        assertEquals("environment variable BOX_AS_USER 3000001 names the token's own user, CI Service Account"
                + " <AutomationUser_3000001_Ab12Cd34Ef@boxdevedition.com> (user 3000001), so As-User would change"
                + " nothing.\nRemove it, or name the user this job acts as.", own.getMessage());
        assertEquals(0, standIn.asUserRequests() - 1, "only the 404404 request carried As-User");
    }

    @Test
    void asUserIsOneIdAndNotWithADownscope() {
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> check().asUser("4242", null)
                .downscope("item_upload", "folder:111").verdict(CCG));
        assertEquals("box.asUser and box.downscope are both set, but Box's token exchange has no As-User; obtain the"
                + " token for that user instead (box.userId 4242 with the app's credentials) and drop box.asUser.",
                e.getMessage());
        assertFailure(FailureKind.INVALID_PARAMETER, () -> check().asUser("42,43", null).verdict(CCG));
        assertFailure(FailureKind.INVALID_PARAMETER, () -> check().asUser("jane@acme.com", null).verdict(CCG));
        assertEquals(0, standIn.asUserRequests());
    }
}
