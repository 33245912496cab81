package io.github.boxmaven.credential;

/** The environment variables the plugin reads credentials from, named once. */
public final class EnvironmentVariables {
    public static final String BOX_TOKEN = "BOX_TOKEN";
    public static final String BOX_CLIENT_ID = "BOX_CLIENT_ID";
    public static final String BOX_CLIENT_SECRET = "BOX_CLIENT_SECRET";
    public static final String BOX_ENTERPRISE_ID = "BOX_ENTERPRISE_ID";
    public static final String BOX_USER_ID = "BOX_USER_ID";
    public static final String BOX_JWT_PASSPHRASE = "BOX_JWT_PASSPHRASE";

    private EnvironmentVariables() {}
}
