package io.github.boxmaven.credential;

import io.github.boxmaven.failure.SettingsDecryptionFailed;

import java.util.Optional;

/** Finds a settings.xml {@code <server>} by id, with its password already decrypted. */
@FunctionalInterface
public interface ServerLookup {
    Optional<SettingsServer> find(String serverId) throws SettingsDecryptionFailed;

    /** A lookup for builds without settings: finds nothing. */
    ServerLookup NONE = serverId -> Optional.empty();
}
