package io.github.boxmaven.maven;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.credential.CredentialInputs.SettingsServer;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;

import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;

/** Decryption with Maven's real decrypter and a real settings-security.xml (master password "test-master-password"). */
class MavenServerLookupTest {
    /** "testTokenFromEncryptedSettings42", encrypted with mvn --encrypt-password under that master password. */
    static final String ENCRYPTED = "{x9cxXx3+mLwHPUrOtkn3Z+f2Md0EeRWB7cROomlzP27ilg3iDn4equi6/53009xRX6sa6dF/NLuKQKIAWbJ3Dg==}";
    static final Path SECURITY = Paths.get("src/test/resources/settings-crypto/settings-security.xml");

    private static DefaultSettingsDecrypter decrypter(Path securityFile) {
        return new DefaultSettingsDecrypter(new DefaultSecDispatcher(new DefaultPlexusCipher(),
                Collections.emptyMap(), securityFile.toAbsolutePath().toString()));
    }

    private static Settings settingsWith(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    @Test
    void decryptsAnEncryptedPassword() throws Exception {
        MavenServerLookup lookup = new MavenServerLookup(settingsWith("box", "client-id", ENCRYPTED), decrypter(SECURITY));
        SettingsServer credentials = lookup.find("box").orElseThrow(AssertionError::new);
        assertEquals("testTokenFromEncryptedSettings42", credentials.password.reveal());
        assertEquals("client-id", credentials.username);
    }

    @Test
    void plainPasswordsAreTakenAsTheyAre() throws Exception {
        MavenServerLookup lookup = new MavenServerLookup(settingsWith("box", null, "plainToken"), decrypter(SECURITY));
        assertEquals("plainToken", lookup.find("box").orElseThrow(AssertionError::new).password.reveal());
    }

    @Test
    void anotherIdOrNoSettingsFindsNothing() throws Exception {
        assertFalse(new MavenServerLookup(settingsWith("other", null, "x"), decrypter(SECURITY)).find("box").isPresent());
        assertFalse(new MavenServerLookup(null, decrypter(SECURITY)).find("box").isPresent());
    }

    @Test
    void aWrongMasterPasswordIsAClearErrorNamingServerAndSecurityFile(@TempDir Path dir) throws Exception {
        Path otherMaster = dir.resolve("settings-security.xml");
        Files.write(otherMaster, ("<settingsSecurity><master>"
                + new DefaultPlexusCipher().encryptAndDecorate("another-master", "settings.security")
                + "</master></settingsSecurity>").getBytes("UTF-8"));
        MavenServerLookup lookup = new MavenServerLookup(settingsWith("box", null, ENCRYPTED), decrypter(otherMaster));
        BoxCheckFailure e = assertFailure(FailureKind.SETTINGS_DECRYPTION, () -> lookup.find("box"));
        assertTrue(e.getMessage().startsWith("Cannot decrypt the password of settings.xml server 'box' (BadPaddingException"), e.getMessage());
        assertTrue(e.getMessage().contains("settings-security.xml"), e.getMessage());
        assertFalse(e.getMessage().contains("testTokenFromEncryptedSettings42"), e.getMessage());
    }

    @Test
    void aMissingSecurityFileIsAClearError(@TempDir Path dir) {
        MavenServerLookup lookup = new MavenServerLookup(settingsWith("box", null, ENCRYPTED),
                decrypter(dir.resolve("missing.xml")));
        BoxCheckFailure e = assertFailure(FailureKind.SETTINGS_DECRYPTION, () -> lookup.find("box"));
        assertTrue(e.getMessage().contains("server 'box'"), e.getMessage());
        assertEquals(FailureKind.SETTINGS_DECRYPTION, e.kind());
    }
}
