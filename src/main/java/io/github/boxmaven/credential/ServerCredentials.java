package io.github.boxmaven.credential;

/** The {@code <username>} and decrypted {@code <password>} of a settings.xml server; either may be null. */
public final class ServerCredentials {
    private final String username;
    private final Secret password;

    public ServerCredentials(String username, Secret password) {
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
        return "ServerCredentials(username=" + username + ", password=" + (password == null ? "none" : "redacted") + ")";
    }
}
