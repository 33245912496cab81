package io.github.boxmaven.credential;

import com.google.gson.JsonObject;
import io.github.boxmaven.base.PrivateFiles;
import io.github.boxmaven.base.Secret;
import io.github.boxmaven.boxapi.Json;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.CredentialFailures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The JWT app config the Developer Console downloads, read as Box's CLI and SDKs read it. */
public final class JwtAppConfig {
    private static final int MAX_BYTES = 256 * 1024;

    public final String clientId;
    public final Secret clientSecret;
    public final String publicKeyId;
    public final Secret privateKeyPem;
    /** May be null: then BOX_JWT_PASSPHRASE, if the key is encrypted. */
    public final Secret passphrase;
    /** May be null. */
    public final String enterpriseId;
    /** SHA-256 of the whole file: tells two configs apart without showing their secrets. */
    public final String contentSha256;

    private JwtAppConfig(String where, String text, JsonObject root, JsonObject settings, JsonObject appAuth)
            throws BoxCheckFailure {
        clientId = required(where, settings, "boxAppSettings", "clientID");
        clientSecret = Secret.of(required(where, settings, "boxAppSettings", "clientSecret"));
        publicKeyId = required(where, appAuth, "boxAppSettings.appAuth", "publicKeyID");
        privateKeyPem = Secret.of(required(where, appAuth, "boxAppSettings.appAuth", "privateKey"));
        String passphrase = Json.string(appAuth, "passphrase");
        this.passphrase = passphrase == null ? null : Secret.of(passphrase);
        enterpriseId = Json.string(root, "enterpriseID");
        contentSha256 = Secret.of(text).sha256Hex();
    }

    public static JwtAppConfig read(Path file) throws BoxCheckFailure {
        String where = "box.jwtConfig " + file;
        String text;
        try {
            byte[] content = PrivateFiles.read(file, MAX_BYTES);
            if (content == null) {
                throw new NoSuchFileException(file.toString());
            }
            text = new String(content, StandardCharsets.UTF_8);
        } catch (PrivateFiles.TooLarge e) {
            throw CredentialFailures.jwtConfigInvalid(where + " is larger than " + (MAX_BYTES / 1024)
                    + " KiB, far more than a Box app config");
        } catch (IOException e) {
            throw CredentialFailures.jwtConfigUnreadable(where, e);
        }
        JsonObject root = Json.parseObject(text);
        JsonObject settings = Json.object(root, "boxAppSettings");
        JsonObject appAuth = Json.object(settings, "appAuth");
        if (appAuth == null) {
            throw CredentialFailures.jwtConfigInvalid(where + " is not a Box app config: it has no"
                    + " boxAppSettings.appAuth object");
        }
        return new JwtAppConfig(where, text, root, settings, appAuth);
    }

    private static String required(String where, JsonObject object, String path, String member)
            throws BoxCheckFailure {
        String value = Json.string(object, member);
        if (value == null) {
            throw CredentialFailures.jwtConfigInvalid(where + " has no " + path + "." + member);
        }
        return value;
    }

    @Override
    public String toString() {
        return "JwtAppConfig(clientID=" + clientId + ", publicKeyID=" + publicKeyId + ", enterpriseID=" + enterpriseId
                + ", secrets redacted)";
    }
}
