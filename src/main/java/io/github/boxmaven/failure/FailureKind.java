package io.github.boxmaven.failure;

import java.util.Locale;

/** Every way the check can fail, in its {@link Group}; {@link #id()} is the report's {@code failure.kind}, never renamed. */
public enum FailureKind {
    INVALID_PARAMETER(Group.CONFIGURATION),
    INSECURE_BASE_URL(Group.CONFIGURATION),
    NO_TOKEN(Group.MISSING_CREDENTIAL),
    MALFORMED_TOKEN(Group.CREDENTIAL),
    SETTINGS_DECRYPTION(Group.CREDENTIAL),
    CCG_INCOMPLETE(Group.CREDENTIAL),
    JWT_CONFIG_MISSING(Group.CREDENTIAL),
    JWT_CONFIG_UNREADABLE(Group.CREDENTIAL),
    JWT_CONFIG_INVALID(Group.CREDENTIAL),
    JWT_SUBJECT_MISSING(Group.CREDENTIAL),
    JWT_KEY_UNREADABLE(Group.CREDENTIAL),
    JWT_PASSPHRASE_MISSING(Group.CREDENTIAL),
    JWT_PASSPHRASE_WRONG(Group.CREDENTIAL),
    TOKEN_FILE_UNWRITABLE(Group.CREDENTIAL),
    ENTERPRISE_NOT_ALLOWED(Group.CREDENTIAL),
    USER_NOT_ALLOWED(Group.CREDENTIAL),
    OFFLINE(Group.NETWORK),
    TOKEN_REJECTED(Group.BOX_ANSWER),
    ACCESS_DENIED(Group.BOX_ANSWER),
    AS_USER_REFUSED(Group.BOX_ANSWER),
    TOKEN_ENDPOINT_REJECTED(Group.BOX_ANSWER),
    FOLDER_NOT_VISIBLE(Group.BOX_ANSWER),
    FOLDER_NOT_WRITABLE(Group.BOX_ANSWER),
    EXPIRES_TOO_SOON(Group.BOX_ANSWER),
    DOWNSCOPE_REFUSED(Group.BOX_ANSWER),
    DOWNSCOPED_ITEM_UNREACHABLE(Group.BOX_ANSWER),
    DOWNSCOPE_INSUFFICIENT(Group.BOX_ANSWER),
    UPLOAD_REFUSED(Group.BOX_ANSWER),
    USER_INACTIVE(Group.BOX_ANSWER),
    RATE_LIMITED(Group.BOX_ANSWER),
    BOX_UNAVAILABLE(Group.BOX_ANSWER),
    UNEXPECTED_RESPONSE(Group.BOX_ANSWER),
    NOT_BOX_API(Group.BOX_ANSWER),
    RESPONSE_TOO_LARGE(Group.BOX_ANSWER),
    TERMS_OF_SERVICE_REQUIRED(Group.BOX_ANSWER),
    PASSWORD_RESET_REQUIRED(Group.BOX_ANSWER),
    EMAIL_CONFIRMATION_REQUIRED(Group.BOX_ANSWER),
    LOCATION_BLOCKED(Group.BOX_ANSWER),
    FORBIDDEN_BY_POLICY(Group.BOX_ANSWER),
    TRUST_STORE_UNREADABLE(Group.NETWORK),
    UNKNOWN_HOST(Group.NETWORK),
    CONNECTION_FAILED(Group.NETWORK),
    TLS_FAILURE(Group.NETWORK),
    TIMEOUT(Group.NETWORK),
    PROXY_AUTHENTICATION(Group.NETWORK),
    NETWORK_FAILURE(Group.NETWORK);

    /** What a failure is about; the group decides what {@code box.failOnError} and {@code box.failIfMissing} do. */
    public enum Group {
        /** The build itself is written wrong: fails even with {@code box.failOnError=false}. */
        CONFIGURATION,
        /** No credential is configured anywhere: {@code box.failIfMissing=false} lets the build go on. */
        MISSING_CREDENTIAL,
        /** A credential is configured but cannot be used. */
        CREDENTIAL,
        /** Box (or whatever answered) refused or answered wrongly. */
        BOX_ANSWER,
        /** No answer: the network, TLS, a proxy, or Maven offline. */
        NETWORK
    }

    public final Group group;

    FailureKind(Group group) {
        this.group = group;
    }

    /** {@code token-rejected}: the name in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
