package io.github.boxmaven.credential;

import io.github.boxmaven.failure.BoxCheckFailure;
import java.util.Optional;

/** Finds a settings.xml {@code <server>} by id, with its password already decrypted. */
@FunctionalInterface
public interface ServerLookup {
    Optional<SettingsServer> find(String serverId) throws BoxCheckFailure;
}
