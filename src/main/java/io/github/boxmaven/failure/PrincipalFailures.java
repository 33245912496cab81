package io.github.boxmaven.failure;

/**
 * Failures of a token that works but is not the one the build needs: the wrong enterprise or user
 * ({@code box.allowedEnterpriseIds}, {@code box.forbiddenEnterpriseIds}, {@code box.allowedUserIds}), or a user it
 * may not act as ({@code box.asUser}).
 */
public final class PrincipalFailures {
    private static final String SANDBOX = "A developer sandbox is an enterprise of its own, and an app can be published in"
            + " the sandbox or the parent enterprise: check which credential this job uses";

    private PrincipalFailures() {}

    /**
     * {@code who}: {@code CI Service Account <...> (user 3000001) in enterprise 777 'Acme Sandbox'}; {@code rule}:
     * {@code box.allowedEnterpriseIds (987654) does not allow}; {@code enterpriseId} null for none.
     */
    public static BoxCheckFailure enterpriseNotAllowed(String source, String who, String rule, String enterpriseId) {
        return BoxCheckFailure.withFix(FailureKind.ENTERPRISE_NOT_ALLOWED, "The token from " + source + " acts for "
                + who + ", which " + rule, SANDBOX + (enterpriseId == null ? " (a user in no enterprise is a free"
                + " developer account)" : "") + "; if this enterprise is meant, change the list.", null);
    }

    /** The enterprise is known from the configuration ({@code where}), so nothing was sent to Box. */
    public static BoxCheckFailure enterpriseRefusedBeforeRequest(String where, String enterpriseId, String rule) {
        return BoxCheckFailure.withFix(FailureKind.ENTERPRISE_NOT_ALLOWED, where + " names enterprise " + enterpriseId
                + ", which " + rule + "; nothing was sent to Box", SANDBOX + "; if this enterprise is meant, change the"
                + " list.", null);
    }

    /** A handed-on token for one item, whose record does not say whom it was verified for. */
    public static BoxCheckFailure notRecorded(String source) {
        return BoxCheckFailure.withFix(FailureKind.USER_NOT_ALLOWED, "The token from " + source + " is for one item,"
                + " so Box cannot be asked whom it acts for, and its hand-off record does not say", "Run the step that"
                + " hands it on again with this version of the plugin, which records the user and enterprise.", null);
    }

    /** {@code who}: the token's own user; {@code allowed}: the list as given. */
    public static BoxCheckFailure userNotAllowed(String source, String who, String allowed) {
        return BoxCheckFailure.withFix(FailureKind.USER_NOT_ALLOWED, "The token from " + source + " acts for " + who
                + ", which box.allowedUserIds (" + allowed + ") does not allow", "This job is meant to run as one of"
                + " those users (a service account, not a developer's own token): check which token or app"
                + " credentials it uses; if this user is meant, add its id to the list.", null);
    }

    /** Box refused {@code As-User: asUser} for the token's user {@code who}; {@code code} is Box's, cleaned. */
    public static BoxCheckFailure asUserRefused(String who, String asUser, int status, String code, String message,
            String requestId) {
        String fix;
        if ("insufficient_scope".equals(code)) {
            fix = "Enable \"Make API calls using the as-user header\" (Developer Console > your app > Configuration >"
                    + " Advanced Features), then have an admin re-authorize the app (Admin Console > Apps).";
        } else if ("access_denied_insufficient_permissions".equals(code)) {
            fix = "Only an admin, a co-admin with the Manage Users permission, or the app's service account may act as"
                    + " another user, and a co-admin not as another co-admin or the primary admin: use such a token.";
        } else if (status == 404) {
            fix = "Check box.asUser (or BOX_AS_USER): the id of a user of the app's enterprise (Admin Console > Users).";
        } else {
            fix = "Check the app's As-User setting and the token's user's role; report it to Box with the request id.";
        }
        return BoxCheckFailure.answered(FailureKind.AS_USER_REFUSED, "Box refused to let " + who + " act as user "
                + asUser + " by As-User " + BoxRefusals.status(status, code, message), fix, requestId);
    }

    /** {@code box.asUser} names the token's own user. */
    public static BoxCheckFailure asUserIsTokenUser(String who, String where) {
        return BoxCheckFailure.withFix(FailureKind.AS_USER_REFUSED, where + " names the token's own user, " + who
                + ", so As-User would change nothing", "Remove it, or name the user this job acts as.", null);
    }

    /** Box answered As-User with another user than asked: never a pass. */
    public static BoxCheckFailure asUserAnsweredOther(String asUser, String who, String requestId) {
        return BoxCheckFailure.answered(FailureKind.AS_USER_REFUSED, "Asked to act as user " + asUser + " by As-User,"
                + " Box answered for " + who, "Check box.asUser; if a proxy answered, check box.baseUrl and the proxy.",
                requestId);
    }
}
