package io.github.boxmaven.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.check.RecordingLog;
import io.github.boxmaven.credential.Secret;
import io.github.boxmaven.credential.ServerCredentials;
import io.github.boxmaven.failure.CredentialConfigInvalid;
import io.github.boxmaven.failure.InvalidParameter;
import io.github.boxmaven.standin.JwtTestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthPlannerTest {
    static final String SECRET = "clientSECRETcanary42";

    final RecordingLog log = new RecordingLog();
    final Properties user = new Properties();
    final Properties project = new Properties();
    final Map<String, String> env = new HashMap<>();
    final AuthInputs inputs = new AuthInputs().properties(user, project, new Properties()).environment(env);

    @TempDir
    Path dir;

    private AuthPlan plan() throws Exception {
        return new AuthPlanner(inputs, log).plan();
    }

    private void settingsServer(String username, String password) {
        inputs.server("box", id -> Optional.of(new ServerCredentials(username, password == null ? null : Secret.of(password))));
    }

    @Test
    void autoWithNothingButATokenUsesTheToken() throws Exception {
        settingsServer(null, "aToken");
        AuthPlan plan = plan();
        assertEquals("token", plan.method());
        assertEquals("no box.jwtConfig, and no client id, client secret and subject together", plan.reason());
    }

    @Test
    void autoUsesCcgWhenIdSecretAndSubjectAreThere() throws Exception {
        settingsServer("the-client-id", SECRET);
        inputs.enterpriseId("12345");
        AuthPlan plan = plan();
        assertEquals("ccg", plan.method());
        assertEquals("a client id and secret (settings.xml server 'box') and a subject (box.enterpriseId) are set",
                plan.reason());
        assertEquals("Client Credentials Grant for enterprise 12345 (client id and secret from settings.xml server 'box',"
                + " subject from box.enterpriseId)", plan.app().describe());
        assertFalse(plan.app().describe().contains(SECRET));
    }

    @Test
    void theSettingsServerIsDecryptedOnceForBothLooks() throws Exception {
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        inputs.server("box", id -> {
            lookups.incrementAndGet();
            return Optional.of(new ServerCredentials("the-client-id", Secret.of("aToken")));
        });
        AuthPlan plan = plan();
        assertEquals("token", plan.method());
        assertEquals("aToken", io.github.boxmaven.credential.TokenResolver.resolve(plan.tokenSources()).token().reveal());
        assertEquals(1, lookups.get());
    }

    @Test
    void autoWithoutSubjectFallsBackToTheToken() throws Exception {
        settingsServer("the-client-id", SECRET);
        assertEquals("token", plan().method());
    }

    @Test
    void clientCredentialsFromPropertiesThenEnvironment() throws Exception {
        env.put("BOX_USER_ID", "99");
        env.put("BOX_CLIENT_ID", "env-id");
        env.put("BOX_CLIENT_SECRET", SECRET);
        assertTrue(plan().app().describe().contains("environment variables BOX_CLIENT_ID and BOX_CLIENT_SECRET"));
        assertTrue(plan().app().describe().startsWith("Client Credentials Grant for user 99 "));

        inputs.clientId("prop-id");
        project.setProperty("box.clientSecret", SECRET);
        assertTrue(plan().app().describe().contains("box.clientId and box.clientSecret"));
        assertTrue(log.lines.isEmpty(), log.all());

        user.setProperty("box.clientSecret", SECRET);
        plan();
        assertTrue(log.all().contains("WARN box.clientSecret was given on the command line"), log.all());
        assertFalse(log.all().contains(SECRET));
    }

    @Test
    void explicitCcgNamesWhatIsMissing() {
        inputs.auth("ccg");
        CredentialConfigInvalid e = assertThrows(CredentialConfigInvalid.class, this::plan);
        assertTrue(e.getMessage().startsWith("The Client Credentials Grant (box.auth=ccg) needs a client id and client"
                + " secret and a subject, which are not set."), e.getMessage());
        assertTrue(e.getMessage().contains("box.enterpriseId or box.userId"), e.getMessage());
        inputs.enterpriseId("1");
        CredentialConfigInvalid onlySubject = assertThrows(CredentialConfigInvalid.class, this::plan);
        assertTrue(onlySubject.getMessage().contains("needs a client id and client secret, which"), onlySubject.getMessage());
    }

    @Test
    void bothSubjectsAreRefused() {
        inputs.enterpriseId("1").userId("2");
        settingsServer("id", SECRET);
        InvalidParameter e = assertThrows(InvalidParameter.class, this::plan);
        assertTrue(e.getMessage().startsWith("box.enterpriseId and box.userId are both set"), e.getMessage());
    }

    @Test
    void autoUsesJwtWhenAConfigIsSetWithTheFilesEnterpriseOrBoxUserId() throws Exception {
        KeyPair keys = JwtTestKeys.generate();
        Path config = dir.resolve("config.json");
        Files.write(config, JwtTestKeys.config("cid", SECRET, "kid1", JwtTestKeys.pkcs8(keys.getPrivate()), null, "555")
                .getBytes("UTF-8"));
        inputs.jwtConfig(config);
        AuthPlan plan = plan();
        assertEquals("jwt", plan.method());
        assertEquals("box.jwtConfig is set", plan.reason());
        assertEquals("JWT for enterprise 555 (app config config.json, public key kid1, subject from enterpriseID in"
                + " config.json)", plan.app().describe());
        inputs.userId("42");
        assertTrue(plan().app().describe().startsWith("JWT for user 42 "));
    }

    @Test
    void explicitJwtWithoutConfigAndUnknownMethodsAreClearErrors() {
        inputs.auth("jwt");
        CredentialConfigInvalid e = assertThrows(CredentialConfigInvalid.class, this::plan);
        assertTrue(e.getMessage().startsWith("box.auth=jwt needs box.jwtConfig"), e.getMessage());
        inputs.auth("oauth");
        InvalidParameter unknown = assertThrows(InvalidParameter.class, this::plan);
        assertTrue(unknown.getMessage().startsWith("box.auth 'oauth' is not a method"), unknown.getMessage());
        inputs.auth("jwt").jwtConfig(dir.resolve("x.json")).jwtAlgorithm("HS256");
        InvalidParameter algorithm = assertThrows(InvalidParameter.class, this::plan);
        assertTrue(algorithm.getMessage().startsWith("box.jwtAlgorithm 'HS256' is not supported"), algorithm.getMessage());
    }
}
