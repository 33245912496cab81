package io.github.boxmaven.failure;

import java.util.Arrays;

/**
 * Box's {@code code} (or {@code error}) of a refusal that says why, with its kind and fix: the codes Box's developer
 * docs list under "Common errors" for an account, a policy, or a permission.
 */
enum BoxCode {
    TERMS_OF_SERVICE("terms_of_service_required", FailureKind.TERMS_OF_SERVICE_REQUIRED, Fixes.ACCEPT_TERMS),
    PASSWORD_RESET("password_reset_required", FailureKind.PASSWORD_RESET_REQUIRED, Fixes.RESET_PASSWORD),
    EMAIL_CONFIRMATION("user_email_confirmation_required", FailureKind.EMAIL_CONFIRMATION_REQUIRED,
            Fixes.CONFIRM_EMAIL),
    LOCATION_BLOCKED("access_from_location_blocked", FailureKind.LOCATION_BLOCKED, Fixes.APPROVED_LOCATION),
    SHIELD_POLICY("forbidden_by_policy", FailureKind.FORBIDDEN_BY_POLICY, Fixes.SHIELD_POLICY),
    INSUFFICIENT_PERMISSIONS("access_denied_insufficient_permissions", FailureKind.ACCESS_DENIED,
            Fixes.USER_OR_APP_PERMISSIONS),
    INSUFFICIENT_SCOPE("insufficient_scope", FailureKind.ACCESS_DENIED, Fixes.APP_SCOPES);

    final String code;
    final FailureKind kind;
    final String fix;

    BoxCode(String code, FailureKind kind, String fix) {
        this.code = code;
        this.kind = kind;
        this.fix = fix;
    }

    /**
     * The entry for an account or policy code, whose kind and fix are the same on every request; null for any other,
     * also for the two permission codes, whose fix depends on what was asked.
     */
    static BoxCode accountOrPolicy(String code) {
        BoxCode known = of(code);
        return known == null || known.kind == FailureKind.ACCESS_DENIED ? null : known;
    }

    /** The entry for Box's {@code code}, or null when this plugin has none. */
    static BoxCode of(String code) {
        return Arrays.stream(values()).filter(known -> known.code.equals(code)).findFirst().orElse(null);
    }
}
