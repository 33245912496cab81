package io.github.boxmaven.credential;

import io.github.boxmaven.credential.CredentialInputs.SettingsServer;
import io.github.boxmaven.credential.CredentialInputs.ServerLookup;
import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.base.Secret;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.CredentialFailures;
import io.github.boxmaven.failure.FailureKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class GivenTokenTest {
    private CredentialInputs.Property property;
    private final Map<String, String> env = new HashMap<>();
    private ServerLookup servers = id -> Optional.empty();

    private List<TokenSource> sources() {
        return TokenSource.standard(property, "box", servers, env);
    }

    private ServerLookup serverWithPassword(String password) {
        return id -> "box".equals(id)
                ? Optional.of(new SettingsServer(null, Secret.of(password)))
                : Optional.empty();
    }

    @Test
    void thePropertyWinsOverSettingsAndTheEnvironmentWithItsPlaceAndWarning() throws Exception {
        property = new CredentialInputs.Property("fromCli", "-Dbox.token on the command line", "lands in shell history");
        servers = serverWithPassword("fromSettings");
        env.put("BOX_TOKEN", "fromEnv");
        GivenToken token = GivenToken.find(sources(), List.of());
        assertEquals("fromCli", token.token.reveal());
        assertEquals("-Dbox.token on the command line", token.describe());
        assertEquals("lands in shell history", token.warning());
    }

    @Test
    void settingsThenEnvironment() throws Exception {
        servers = serverWithPassword("fromSettings");
        env.put("BOX_TOKEN", "fromEnv");
        GivenToken fromSettings = GivenToken.find(sources(), List.of());
        assertEquals("fromSettings", fromSettings.token.reveal());
        assertEquals("settings.xml server 'box'", fromSettings.describe());
        assertNull(fromSettings.warning());
        servers = id -> Optional.empty();
        GivenToken fromEnv = GivenToken.find(sources(), List.of());
        assertEquals("fromEnv", fromEnv.token.reveal());
        assertEquals("environment variable BOX_TOKEN", fromEnv.describe());
    }

    @Test
    void settingsAreNotDecryptedWhenAnEarlierSourceHasAToken() throws Exception {
        property = new CredentialInputs.Property("fromPom", "property box.token in the pom", null);
        servers = id -> {
            throw CredentialFailures.settingsDecryption(id, "must not be asked", null);
        };
        assertEquals("fromPom", GivenToken.find(sources(), List.of()).token.reveal());
    }

    @Test
    void aServerWithoutPasswordIsSkipped() throws Exception {
        servers = id -> Optional.of(new SettingsServer("someone", null));
        env.put("BOX_TOKEN", "fromEnv");
        assertEquals("fromEnv", GivenToken.find(sources(), List.of()).token.reveal());
    }

    @Test
    void whitespaceAroundTheTokenIsTrimmed() throws Exception {
        env.put("BOX_TOKEN", "  abcDEF123\r\n");
        assertEquals("abcDEF123", GivenToken.find(sources(), List.of()).token.reveal());
    }

    @Test
    void nothingAnywhereNamesAllThreePlacesAndHowToCreateAToken() {
        BoxCheckFailure e = assertFailure(FailureKind.NO_TOKEN, () -> GivenToken.find(sources(), List.of()));
        String message = e.getMessage();
        assertTrue(message.startsWith("No Box token found.\nSet one of: "), message);
        assertTrue(message.contains("-Dbox.token="), message);
        assertTrue(message.contains("<box.token> in the pom's <properties>"), message);
        assertTrue(message.contains("<server> with <id>box</id>"), message);
        assertTrue(message.contains("environment variable BOX_TOKEN"), message);
        assertTrue(message.contains("Developer Console > your app > Configuration > Developer Token > Generate"),
                message);
        assertEquals(2, message.split("\n").length, message);
        assertEquals(FailureKind.NO_TOKEN, e.kind());
    }

    @Test
    void emptyValuesAreSkippedButMentioned() {
        property = new CredentialInputs.Property("", "-Dbox.token on the command line", null);
        env.put("BOX_TOKEN", "   ");
        BoxCheckFailure e = assertFailure(FailureKind.NO_TOKEN, () -> GivenToken.find(sources(), List.of()));
        assertTrue(e.getMessage().contains("-Dbox.token on the command line is set but empty; "
                + "environment variable BOX_TOKEN is set but empty"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc def", "abc\tdef", "abc\ndef", "abc\u0007def", "abcdéf", "abc\u00a0def", "\"abcdef\""})
    void impossibleTokensAreRefusedWithoutShowingThem(String token) {
        env.put("BOX_TOKEN", token);
        BoxCheckFailure e = assertFailure(FailureKind.MALFORMED_TOKEN, () -> GivenToken.find(sources(), List.of()));
        assertTrue(e.getMessage().startsWith("The Box token from environment variable BOX_TOKEN contains "),
                e.getMessage());
        assertTrue(e.getMessage().contains("at position "), e.getMessage());
        assertFalse(e.getMessage().contains("abc"), e.getMessage());
    }

    @Test
    void anUnresolvedExpressionIsNamed() {
        property = new CredentialInputs.Property("${env.BOX_DEV_TOKEN}", "property box.token in the pom", null);
        BoxCheckFailure e = assertFailure(FailureKind.MALFORMED_TOKEN, () -> GivenToken.find(sources(), List.of()));
        assertTrue(e.getMessage().contains("is the unresolved Maven expression ${env.BOX_DEV_TOKEN}"), e.getMessage());
    }

    @Test
    void secretsDoNotShowInToString() {
        Secret secret = Secret.of("canary-7f3a");
        assertFalse(secret.toString().contains("canary"));
        assertFalse(new SettingsServer("u", secret).toString().contains("canary"));
        assertFalse(new GivenToken(secret, TokenSource.environment(Collections.emptyMap(), "X"))
                .toString().contains("canary"));
        assertEquals(64, secret.sha256Hex().length());
    }
}
