package io.github.boxmaven.credential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code box.tokenFile}: hands an obtained access token to later steps of the same build, owner-only
 * and written atomically (see {@link PrivateFiles}).
 */
public final class TokenFile {
    private TokenFile() {}

    public static void write(Path file, Secret token) throws IOException {
        Path target = file.toAbsolutePath();
        PrivateFiles.createPrivateDirectories(target.getParent());
        PrivateFiles.writeAtomically(target, token.reveal().getBytes(StandardCharsets.US_ASCII));
    }
}
