package io.github.boxmaven.credential;

import io.github.boxmaven.base.Secret;

/** A settings.xml {@code <server>}: its {@code <username>} and decrypted {@code <password>}, either may be null. */
public final class SettingsServer {
    private final String username;
    private final Secret password;

    public SettingsServer(String username, Secret password) {
        this.username = username;
        this.password = password;
    }

    public String username() {
        return username;
    }

    public Secret password() {
        return password;
    }

    @Override
    public String toString() {
        return "SettingsServer(username=" + username + ", password=" + (password == null ? "none" : "redacted") + ")";
    }
}
