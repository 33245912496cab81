package io.github.boxmaven.failure;

import java.util.Locale;

/**
 * Every way the check can fail. Its {@link #id()} is the JSON report's {@code failure.kind}, a contract
 * listed in the README: a new kind may be added, an existing one is never renamed.
 */
public enum FailureKind {
    // the build's own configuration; box.failOnError=false never downgrades these
    INVALID_PARAMETER,
    INSECURE_BASE_URL,
    // no usable credential
    NO_TOKEN,
    MALFORMED_TOKEN,
    SETTINGS_DECRYPTION,
    CCG_INCOMPLETE,
    JWT_CONFIG_MISSING,
    JWT_CONFIG_UNREADABLE,
    JWT_CONFIG_INVALID,
    JWT_SUBJECT_MISSING,
    JWT_KEY_UNREADABLE,
    JWT_PASSPHRASE_MISSING,
    JWT_PASSPHRASE_WRONG,
    TOKEN_FILE_UNWRITABLE,
    OFFLINE,
    // Box's answer
    TOKEN_REJECTED,
    ACCESS_DENIED,
    TOKEN_ENDPOINT_REJECTED,
    FOLDER_NOT_VISIBLE,
    FOLDER_NOT_WRITABLE,
    EXPIRES_TOO_SOON,
    DOWNSCOPE_REFUSED,
    DOWNSCOPED_ITEM_UNREACHABLE,
    RATE_LIMITED,
    BOX_UNAVAILABLE,
    UNEXPECTED_RESPONSE,
    NOT_BOX_API,
    RESPONSE_TOO_LARGE,
    // no answer
    TRUST_STORE_UNREADABLE,
    UNKNOWN_HOST,
    CONNECTION_FAILED,
    TLS_FAILURE,
    TIMEOUT,
    PROXY_AUTHENTICATION,
    NETWORK_FAILURE;

    /** {@code token-rejected}: the name in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
