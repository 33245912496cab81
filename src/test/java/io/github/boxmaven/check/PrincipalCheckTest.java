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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;

/**
 * The right enterprise and user on every path: given, CCG, JWT, handed on, and a token for one item (which never asks
 * {@code /users/me}). The stand-in's Test User is in enterprise 987654 'Acme', its service account in 777 'Acme Sandbox'.
 */
class PrincipalCheckTest {
    final BoxStandIn standIn = BoxStandIn.start(0);

    @TempDir
    Path dir;

    PrincipalCheckTest() throws Exception {
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private CheckFixture check() {
        return CheckFixture.against(standIn.url());
    }

    static Inputs ccg(String subjectType, String subject) {
        Inputs inputs = Inputs.builder().clientId(BoxStandIn.CCG_CLIENT_ID)
                .environment(Map.of("BOX_CLIENT_SECRET", BoxStandIn.CCG_CLIENT_SECRET));
        return subjectType.equals("enterprise") ? inputs.enterpriseId(subject) : inputs.userId(subject);
    }

    @Test
    void theSuccessLineNamesTheEnterpriseAndAnAllowedOnePasses() throws Exception {
        Verdict verdict = check().principals("987654,123", null, "12345").verdict(CheckFixture.tokenInEnvironment(
                "valid-acme"));
        assertTrue(verdict.summary().startsWith("Box token OK: Test User <test@user.com> (user 12345) in enterprise"
                + " 987654 'Acme', token from environment variable BOX_TOKEN; "), verdict.summary());
        assertEquals("987654", verdict.enterprise.id);
        assertEquals(1, standIn.usersMeRequests(), "the enterprise and the lists ride on the one /users/me");
        assertEquals(0, standIn.asUserRequests());
        assertTrue(check().verdict(CheckFixture.tokenInEnvironment("valid-free")).summary().contains(
                "(user 12345) in no enterprise, token from"));
    }

    @Test
    void anEnterpriseNotAllowedFailsNamingItTheListAndTheSource() {
        BoxCheckFailure e = assertFailure(FailureKind.ENTERPRISE_NOT_ALLOWED, () -> check().principals("987654", null,
                null).verdict(ccg("user", "3000001")));
        assertEquals("The token from Client Credentials Grant for user 3000001 (client id and secret from box.clientId"
                + " and BOX_CLIENT_SECRET, subject from box.userId) acts for CI Service Account"
                + " <AutomationUser_3000001_Ab12Cd34Ef@boxdevedition.com> (user 3000001) in enterprise 777 'Acme"
                + " Sandbox', which box.allowedEnterpriseIds (987654) does not allow.\nA developer sandbox is an"
                + " enterprise of its own, and an app can be published in the sandbox or the parent enterprise: check"
                + " which credential this job uses; if this enterprise is meant, change the list.", e.getMessage());
        BoxCheckFailure none = assertFailure(FailureKind.ENTERPRISE_NOT_ALLOWED, () -> check().principals("987654",
                null, null).verdict(CheckFixture.tokenInEnvironment("valid-free")));
        assertTrue(none.getMessage().contains("(user 12345) in no enterprise, which box.allowedEnterpriseIds (987654)"
                + " does not allow.\n") && none.getMessage().contains("(a user in no enterprise is a free developer"
                + " account)"), none.getMessage());
        assertFailure(FailureKind.ENTERPRISE_NOT_ALLOWED, () -> check().principals(null, "987654", null)
                .verdict(CheckFixture.tokenInEnvironment("valid-acme")));
    }

    @Test
    void aForbiddenEnterpriseTheConfigurationNamesIsRefusedBeforeAnythingIsSent() throws Exception {
        BoxCheckFailure e = assertFailure(FailureKind.ENTERPRISE_NOT_ALLOWED, () -> check().principals(null, "777",
                null).verdict(ccg("enterprise", "777")));
        assertEquals("box.enterpriseId names enterprise 777, which box.forbiddenEnterpriseIds (777) forbids; nothing"
                + " was sent to Box.\nA developer sandbox is an enterprise of its own, and an app can be published in"
                + " the sandbox or the parent enterprise: check which credential this job uses; if this enterprise is"
                + " meant, change the list.", e.getMessage());
        assertEquals(0, standIn.issuedFor("777"), "no token was asked for");
        assertFailure(FailureKind.ENTERPRISE_NOT_ALLOWED, () -> check().principals("987654", null, null)
                .verdict(ccg("enterprise", "777")));
        assertEquals(0, standIn.issuedFor("777"));
        // a subject that names no enterprise: Box's answer decides
        assertFailure(FailureKind.ENTERPRISE_NOT_ALLOWED, () -> check().principals(null, "777", null)
                .verdict(ccg("user", "3000001")));
        assertEquals(1, standIn.issuedFor("3000001"));
    }

    @Test
    void aJwtConfigsEnterpriseIsKnownBeforeAnyRequestAndAFreeAccountsIsRefused() throws Exception {
        Path config = dir.resolve("config.json");
        KeyPair keys = JwtTestKeys.standInConfig(config, standIn.url(), "kid-p", "777");
        Inputs jwt = Inputs.builder().jwtConfig(config);
        assertTrue(check().principals("777", null, null).verdict(jwt).summary().contains("(user 3000001) in enterprise"
                + " 777 'Acme Sandbox', token obtained by JWT"));
        BoxCheckFailure e = assertFailure(FailureKind.ENTERPRISE_NOT_ALLOWED, () -> check().principals(null, "777",
                null).verdict(jwt));
        assertTrue(e.getMessage().startsWith("enterpriseID in config.json names enterprise 777, which"
                + " box.forbiddenEnterpriseIds (777) forbids; nothing was sent to Box."), e.getMessage());

        JwtTestKeys.writeConfig(config, "kid-p", keys, "0");
        BoxCheckFailure free = assertFailure(FailureKind.JWT_SUBJECT_MISSING, () -> check().verdict(jwt));
        assertEquals("box.jwtConfig " + config + " has enterpriseID 0: its app belongs to a free developer account,"
                + " which has no enterprise and so no service account to act for, and Box would refuse the assertion"
                + " (invalid_grant); nothing was sent.\nSet box.userId (or BOX_USER_ID) to the account's user id (the"
                + " app needs \"Generate User Access Tokens\"), or create the app in an enterprise or a developer"
                + " sandbox.", free.getMessage());
    }

    @Test
    void aUserNotAllowedFails() {
        BoxCheckFailure e = assertFailure(FailureKind.USER_NOT_ALLOWED, () -> check().principals(null, null,
                "3000001").verdict(CheckFixture.tokenInEnvironment("valid-dev")));
        assertEquals("The token from environment variable BOX_TOKEN acts for Test User <test@user.com> (user 12345),"
                + " which box.allowedUserIds (3000001) does not allow.\nThis job is meant to run as one of those users"
                + " (a service account, not a developer's own token): check which token or app credentials it uses; if"
                + " this user is meant, add its id to the list.", e.getMessage());
    }

    /** A handed-on token for one item never asks /users/me: the record says whom it was verified for. */
    @Test
    void aHandOffKeepsWhomItWasVerifiedForAndALaterStepsListsAreCheckedAgainstIt() throws Exception {
        Path file = dir.resolve("box-token");
        check().tokenFile(file).downscope("base_explorer", "folder:111").verdict(ccg("user", "3000001"));
        String record = new String(Files.readAllBytes(dir.resolve("box-token.handoff")), StandardCharsets.UTF_8);
        assertTrue(record.contains("\nverifiedUser=3000001\nverifiedEnterprise=777\n"), record);

        CheckFixture later = check().tokenFile(file).downscope("base_explorer", "folder:111");
        int before = standIn.usersMeRequests();
        Verdict taken = later.principals("777", null, "3000001").verdict(Inputs.builder());
        assertEquals("777", taken.enterprise.id);
        assertEquals(before, standIn.usersMeRequests(), "the item token never asks /users/me");
        BoxCheckFailure forbidden = assertFailure(FailureKind.ENTERPRISE_NOT_ALLOWED, () -> check().tokenFile(file)
                .downscope("base_explorer", "folder:111").principals(null, "777", null).verdict(Inputs.builder()));
        assertTrue(forbidden.getMessage().startsWith("The hand-off record of box.tokenFile " + file + " names"
                + " enterprise 777, which box.forbiddenEnterpriseIds (777) forbids; nothing was sent to Box."),
                forbidden.getMessage());
        BoxCheckFailure user = assertFailure(FailureKind.USER_NOT_ALLOWED, () -> check().tokenFile(file)
                .downscope("base_explorer", "folder:111").principals(null, null, "12345").verdict(Inputs.builder()));
        assertTrue(user.getMessage().contains("acts for (user 3000001), which box.allowedUserIds (12345) does not"
                + " allow."), user.getMessage());
    }

    @Test
    void listsAreIdsAndOneOfTheEnterpriseListsAtATime() {
        BoxCheckFailure both = assertFailure(FailureKind.INVALID_PARAMETER, () -> check().principals("1", "2", null)
                .verdict(CheckFixture.tokenInEnvironment("valid-x")));
        assertEquals("box.allowedEnterpriseIds and box.forbiddenEnterpriseIds are both set; use one: the enterprises"
                + " this job may use, or those it must not.", both.getMessage());
        BoxCheckFailure bad = assertFailure(FailureKind.INVALID_PARAMETER, () -> check().principals(null, null,
                "3000001, ${env.X}").verdict(CheckFixture.tokenInEnvironment("valid-x")));
        assertEquals("box.allowedUserIds entry '${env.X}' is not a Box id; use ids of digits (at most 20),"
                + " comma-separated, such as 987654,123456.", bad.getMessage());
        assertFailure(FailureKind.INVALID_PARAMETER, () -> check().principals("123456789012345678901", null, null)
                .verdict(CheckFixture.tokenInEnvironment("valid-x")));
        assertFailure(FailureKind.INVALID_PARAMETER, () -> check().principals("1,,2", null, null)
                .verdict(CheckFixture.tokenInEnvironment("valid-x")));
    }

    @Test
    void anEnterpriseThatIsNotAnObjectWithAnIdIsNotBoxsAnswer() {
        BoxCheckFailure e = assertFailure(FailureKind.NOT_BOX_API, () -> check().verdict(CheckFixture
                .tokenInEnvironment("valid-odd-enterprise")));
        assertTrue(e.getMessage().contains(": HTTP 200 with a user whose enterprise is not an object with an id of"
                + " digits"), e.getMessage());
    }
}
