package io.github.boxmaven.credential;

import io.github.boxmaven.credential.CredentialInputs.SettingsServer;
import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;
import io.github.boxmaven.base.Choices;
import io.github.boxmaven.standin.JwtTestKeys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class AuthPlannerTest {
    static final String SECRET = "clientSECRETcanary42";

    final Map<String, String> env = new HashMap<>();
    final Inputs inputs = Inputs.builder().environment(env);

    @TempDir
    Path dir;

    private AuthPlan plan() throws Exception {
        return inputs.build().plan();
    }

    private void settingsServer(String username, String password) {
        inputs.server("box", id -> Optional.of(new SettingsServer(username, password == null ? null : Secret.of(password))));
    }

    @Test
    void autoWithNothingButATokenUsesTheToken() throws Exception {
        settingsServer(null, "aToken");
        AuthPlan plan = plan();
        assertEquals(AuthMethod.TOKEN, plan.method);
        assertEquals("Box: checking the token from settings.xml server 'box', because no Box app is set up (no"
                + " box.jwtConfig, nor a client id, client secret and subject together).", plan.describe());
    }

    @Test
    void autoUsesCcgWhenIdSecretAndSubjectAreThere() throws Exception {
        settingsServer("the-client-id", SECRET);
        inputs.enterpriseId("12345");
        AuthPlan plan = plan();
        assertEquals(AuthMethod.CCG, plan.method);
        assertEquals("Box: obtaining a token by Client Credentials Grant for enterprise 12345 (client id and secret"
                + " from settings.xml server 'box', subject from box.enterpriseId), because a client id, client secret"
                + " and subject are set.", plan.describe());
        assertFalse(plan.credential.describe().contains(SECRET));
    }

    @Test
    void theSettingsServerIsDecryptedOnceForBothLooks() throws Exception {
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        inputs.server("box", id -> {
            lookups.incrementAndGet();
            return Optional.of(new SettingsServer("the-client-id", Secret.of("aToken")));
        });
        AuthPlan plan = plan();
        assertEquals(AuthMethod.TOKEN, plan.method);
        assertEquals("aToken", ((GivenToken) plan.credential).token.reveal());
        assertEquals(1, lookups.get());
    }

    @Test
    void autoWithoutSubjectFallsBackToTheToken() throws Exception {
        settingsServer("the-client-id", SECRET);
        assertEquals(AuthMethod.TOKEN, plan().method);
    }

    @Test
    void clientCredentialsFromPropertiesThenEnvironment() throws Exception {
        env.put("BOX_USER_ID", "99");
        env.put("BOX_CLIENT_ID", "env-id");
        env.put("BOX_CLIENT_SECRET", SECRET);
        assertTrue(plan().credential.describe().contains("environment variables BOX_CLIENT_ID and BOX_CLIENT_SECRET"));
        assertTrue(plan().credential.describe().startsWith("Client Credentials Grant for user 99 "));

        inputs.clientId("prop-id").clientSecret(SECRET, "property box.clientSecret in the pom", null);
        assertTrue(plan().credential.describe().contains("box.clientId and box.clientSecret"));
        assertTrue(plan().warnings.isEmpty(), plan().warnings.toString());
        inputs.clientSecret(SECRET, "-Dbox.clientSecret on the command line", "box.clientSecret was given on the"
                + " command line, ...");
        assertEquals(List.of("box.clientSecret was given on the command line, ..."), plan().warnings,
                "the warning Maven's mapping gave the property");
        inputs.clientSecret(" ", "property box.clientSecret in the pom", null);
        assertTrue(plan().credential.describe().contains("box.clientId and BOX_CLIENT_SECRET"), "a blank one is unset");
    }

    @Test
    void explicitCcgNamesWhatIsSetWhereAndWhatIsMissing() {
        inputs.auth(AuthMethod.CCG);
        assertEquals("The Client Credentials Grant (box.auth=ccg) cannot be used: nothing of a Box app is set; the"
                + " client id, the client secret and the subject are missing.\nSet BOX_CLIENT_ID or box.clientId, and"
                + " BOX_CLIENT_SECRET or box.clientSecret, and box.enterpriseId or box.userId (or BOX_ENTERPRISE_ID or"
                + " BOX_USER_ID) (or the id and secret as <username> and <password> of settings.xml server 'box').",
                assertFailure(FailureKind.CCG_INCOMPLETE, this::plan).getMessage());
        env.put("BOX_CLIENT_ID", "the-client-id");
        env.put("BOX_ENTERPRISE_ID", "12345");
        assertEquals("The Client Credentials Grant (box.auth=ccg) cannot be used: a client id (BOX_CLIENT_ID) and a"
                + " subject (BOX_ENTERPRISE_ID) are set; the client secret is missing.\nSet BOX_CLIENT_SECRET or"
                + " box.clientSecret.", assertFailure(FailureKind.CCG_INCOMPLETE, this::plan).getMessage());
    }

    // issue 36: an app set up in part is no missing credential, and no developer token is suggested
    @Test
    void autoWithAClientIdAndSubjectButNoSecretSaysTheSecretIsMissing() {
        env.put("BOX_CLIENT_ID", "the-client-id");
        env.put("BOX_ENTERPRISE_ID", "12345");
        BoxCheckFailure e = assertFailure(FailureKind.CCG_INCOMPLETE, this::plan);
        assertEquals("No Box token found, and a Box app is set up in part for the Client Credentials Grant: a client id"
                + " (BOX_CLIENT_ID) and a subject (BOX_ENTERPRISE_ID) are set; the client secret is missing.\nSet"
                + " BOX_CLIENT_SECRET or box.clientSecret; or, to check a token instead, set BOX_TOKEN and remove the"
                + " app's settings.", e.getMessage());
        assertEquals(FailureKind.Group.CREDENTIAL, e.kind().group, "box.failIfMissing=false does not skip it");
    }

    @Test
    void autoWithAnAppButNoSubjectSaysTheSubjectIsMissing() {
        env.put("BOX_CLIENT_ID", "the-client-id");
        env.put("BOX_CLIENT_SECRET", SECRET);
        assertEquals("No Box token found, and a Box app is set up in part for the Client Credentials Grant: a client id"
                + " and secret (environment variables BOX_CLIENT_ID and BOX_CLIENT_SECRET) is set; the subject is missing.\nSet box.enterpriseId or"
                + " box.userId (or BOX_ENTERPRISE_ID or BOX_USER_ID); or, to check a token instead, set BOX_TOKEN and"
                + " remove the app's settings.", assertFailure(FailureKind.CCG_INCOMPLETE, this::plan).getMessage());
    }

    // issue 36, item 6: a secret set without its id is named with where it is set, not called missing
    @Test
    void autoWithASecretAndSubjectButNoIdSaysTheIdIsMissing() {
        env.put("BOX_CLIENT_SECRET", SECRET);
        env.put("BOX_ENTERPRISE_ID", "12345");
        BoxCheckFailure e = assertFailure(FailureKind.CCG_INCOMPLETE, this::plan);
        assertEquals("No Box token found, and a Box app is set up in part for the Client Credentials Grant: a client"
                + " secret (BOX_CLIENT_SECRET) and a subject (BOX_ENTERPRISE_ID) are set; the client id is missing.\nSet"
                + " BOX_CLIENT_ID or box.clientId; or, to check a token instead, set BOX_TOKEN and remove the app's"
                + " settings.", e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
        inputs.auth(AuthMethod.CCG);
        env.remove("BOX_CLIENT_SECRET");
        inputs.clientSecret(SECRET, "-Dbox.clientSecret on the command line", null);
        assertEquals("The Client Credentials Grant (box.auth=ccg) cannot be used: a client secret (-Dbox.clientSecret"
                + " on the command line) and a subject (BOX_ENTERPRISE_ID) are set; the client id is missing.\nSet"
                + " BOX_CLIENT_ID or box.clientId.", assertFailure(FailureKind.CCG_INCOMPLETE, this::plan).getMessage());
    }

    @Test
    void bothSubjectsAreRefused() {
        inputs.enterpriseId("1").userId("2");
        settingsServer("id", SECRET);
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, this::plan);
        assertTrue(e.getMessage().startsWith("box.enterpriseId and box.userId are both set"), e.getMessage());
    }

    /** Writes an app config with a fresh key, public key id kid1 and {@code enterpriseId}, and sets box.jwtConfig. */
    private Path jwtConfig(String enterpriseId) throws Exception {
        Path config = dir.resolve("config.json");
        Files.write(config, JwtTestKeys.config("cid", SECRET, "kid1", JwtTestKeys.pkcs8(JwtTestKeys.generate()
                .getPrivate()), null, enterpriseId).getBytes("UTF-8"));
        inputs.jwtConfig(config);
        return config;
    }

    @Test
    void autoUsesJwtWhenAConfigIsSetWithTheFilesEnterpriseOrBoxUserId() throws Exception {
        Path config = jwtConfig("555");
        AuthPlan plan = plan();
        assertEquals(AuthMethod.JWT, plan.method);
        assertEquals("Box: obtaining a token by JWT for enterprise 555 (app config config.json, public key kid1,"
                + " subject from enterpriseID in config.json), because box.jwtConfig is set.", plan.describe());
        inputs.userId("42");
        assertTrue(plan().credential.describe().startsWith("JWT for user 42 "));
    }

    // issue 36, item 8: enterpriseID "0" (a free developer account's app) is refused only when it would be the
    // subject; with box.userId set, the token acts for that user and the plan goes ahead
    @Test
    void aFreeAccountsJwtConfigWithBoxUserIdActsForThatUser() throws Exception {
        Path config = jwtConfig("0");
        assertEquals("box.jwtConfig " + config + " has enterpriseID 0: its app belongs to a free developer account,"
                + " which has no enterprise and so no service account to act for, and Box would refuse the assertion"
                + " (invalid_grant); nothing was sent.\nSet box.userId (or BOX_USER_ID) to the account's user id (the"
                + " app needs \"Generate User Access Tokens\"), or create the app in an enterprise or a developer"
                + " sandbox.", assertFailure(FailureKind.JWT_SUBJECT_MISSING, this::plan).getMessage());
        inputs.userId("42");
        AuthPlan plan = plan();
        assertEquals(AuthMethod.JWT, plan.method);
        assertEquals("JWT for user 42 (app config config.json, public key kid1, subject from box.userId)",
                plan.credential.describe());
    }

    @Test
    void explicitJwtWithoutConfigAndUnknownMethodsAreClearErrors() throws Exception {
        inputs.auth(AuthMethod.JWT);
        BoxCheckFailure e = assertFailure(FailureKind.JWT_CONFIG_MISSING, this::plan);
        assertEquals("box.auth=jwt needs box.jwtConfig, which is not set.\nPoint box.jwtConfig at the app's JSON config"
                + " (Box Developer Console > your app > Configuration > App Settings > Download as JSON).", e.getMessage());
        BoxCheckFailure unknown = assertFailure(FailureKind.INVALID_PARAMETER,
                () -> Choices.parse(AuthMethod.class, "box.auth", "oauth"));
        assertEquals("box.auth 'oauth' is not a choice; use auto, token, ccg or jwt.", unknown.getMessage());
        BoxCheckFailure algorithm = assertFailure(FailureKind.INVALID_PARAMETER,
                () -> Choices.parse(JwtAlgorithm.class, "box.jwtAlgorithm", "HS256"));
        assertEquals("box.jwtAlgorithm 'HS256' is not a choice; use RS256, RS384 or RS512.", algorithm.getMessage());
        assertEquals(JwtAlgorithm.RS512, Choices.parse(JwtAlgorithm.class, "box.jwtAlgorithm", " rs512 "));
    }
}
