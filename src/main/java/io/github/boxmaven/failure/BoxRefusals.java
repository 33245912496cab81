package io.github.boxmaven.failure;

/** Failures in which a server answered: Box refused the token or the request, or something else answered. */
public final class BoxRefusals {
    /** What Box's bare 401 can mean. */
    public static final String USUAL_REASONS = "it is invalid, revoked or expired (developer tokens expire 60 minutes"
            + " after they are generated; Box does not say which)";
    /** What a 401 means for a token Box issued to this run (by the app's credentials, or by token exchange). */
    public static final String ISSUED_NOW_REASONS = "Box issued it to this build moments ago, so it has not expired:"
            + " it was revoked, or its user or the app was deactivated since";
    /** What a 401 means for a token an earlier step handed on in box.tokenFile. */
    public static final String HANDED_ON_REASONS = "it is revoked or expired, or the app or its user was deactivated"
            + " since the earlier step obtained it (Box does not say which)";
    private static final String RETRIES = " (box.retries sets how often the plugin retries).";
    private static final String SCOPES_FIX = "Check box.downscope: each scope must be one Box knows (item_upload,"
            + " item_preview, base_explorer...) and one the verified token holds (the app's Application Scopes in the"
            + " Developer Console).";
    private static final String RESOURCE_FIX = "Check box.downscopeResource (folder:<id>, file:<id> or the item's API"
            + " URL): the item must exist and be visible to the token's user.";

    private BoxRefusals() {}

    /** {@code (HTTP 400, invalid_grant: Please check the 'exp' claim.)}: a status with Box's error fields, if any. */
    public static String status(int status, String error, String description) {
        return "(HTTP " + status + (error == null ? "" : ", " + error) + (description == null ? "" : ": " + description)
                + ")";
    }

    /** HTTP 401: Box does not accept the token. Box does not say whether it expired or never was valid. */
    public static BoxCheckFailure tokenRejected(String source, String requestId) {
        return tokenRejected(source, 401, USUAL_REASONS, null, Fixes.rejectedGivenToken(source), requestId);
    }

    /**
     * {@code reason}: {@link #USUAL_REASONS} or more; {@code boxSays}: {@code invalid_token (...)}, or null; {@code fix}:
     * the token's own (a given token is generated again, an app's points at the app).
     */
    public static BoxCheckFailure tokenRejected(String source, int status, String reason, String boxSays, String fix,
            String requestId) {
        return BoxCheckFailure.answered(FailureKind.TOKEN_REJECTED, "Box rejected the token from " + source + " (HTTP "
                + status + "): " + reason + (boxSays == null ? "" : "; Box says: " + boxSays), fix, requestId);
    }

    /**
     * HTTP 403: the token is valid, but may not do this. Box's code chooses the kind and fix ({@link BoxCode}); one this
     * plugin does not know is quoted, with both fixes Box's docs give for a 403: the user's permissions, the app's.
     */
    public static BoxCheckFailure accessDenied(String source, int status, String boxCode, String boxMessage,
            String requestId) {
        String what = "Box accepted the token from " + source + " but refused the request " + status(status, boxCode,
                boxMessage);
        return byCode(BoxCode.of(boxCode), what, FailureKind.ACCESS_DENIED, Fixes.USER_OR_APP_PERMISSIONS, requestId);
    }

    /** A refusal whose code Box documents ({@code known}) with that code's kind and fix, any other with these. */
    static BoxCheckFailure byCode(BoxCode known, String what, FailureKind kind, String fix, String requestId) {
        return known == null ? BoxCheckFailure.answered(kind, what, fix, requestId)
                : BoxCheckFailure.answered(known.kind, what, known.fix, requestId);
    }

    /**
     * {@code POST /oauth2/token} refused to issue a token; {@code fix} names the likely cause, unless Box's code is one
     * about the user's account or a policy ({@link BoxCode}).
     */
    public static BoxCheckFailure tokenEndpointRejected(String what, String boxCode, String fix, String requestId) {
        return byCode(BoxCode.of(boxCode), what, FailureKind.TOKEN_ENDPOINT_REJECTED, fix, requestId);
    }

    /** @param forOneItem whether {@code user} is a token downscoped to one item, which sees only that item */
    public static BoxCheckFailure folderNotVisible(String folderId, String user, boolean forOneItem, String requestId) {
        return BoxCheckFailure.answered(FailureKind.FOLDER_NOT_VISIBLE, "Box folder " + folderId + " is not visible to "
                + user + " (HTTP 404)", forOneItem ? "A downscoped token sees only its item and what is inside it:"
                + " downscope to a folder that holds the folders in box.folders (box.downscopeResource), or check the"
                + " ids in box.folders." : "Invite " + user + " to the folder as a collaborator (a service account sees"
                + " only folders it was added to), or check the id in box.folders.", requestId);
    }

    public static BoxCheckFailure folderNotWritable(String folderId, String name, String user) {
        return BoxCheckFailure.answered(FailureKind.FOLDER_NOT_WRITABLE, "Box folder " + folderId + " '" + name
                + "' is visible to " + user + " but does not allow uploads (permissions.can_upload is false)",
                "Give " + user + " an Editor (or Uploader) role on the folder, or drop :upload from box.folders.", null);
    }

    /** The token will not outlive {@code box.minValidity}; {@code remaining}: {@code 4m 10s (at ..., from ...)}. */
    public static BoxCheckFailure expiresTooSoon(String source, String remaining, String minValidity, String fix) {
        return BoxCheckFailure.withFix(FailureKind.EXPIRES_TOO_SOON, "Box token from " + source + " expires in "
                + remaining + ", less than box.minValidity " + minValidity, fix, null);
    }

    /** The token exchange was refused: a scope (on a 401, or with no item), else most likely the item. */
    public static BoxCheckFailure downscopeRefused(String scopes, String item, int status, String error,
            String description, String requestId) {
        boolean scopeProblem = status == 401 || item == null || "invalid_scope".equals(error);
        String what = "Box refused to downscope the verified token to " + scopes + " " + status(status, error,
                description);
        return byCode(BoxCode.of(error), what, FailureKind.DOWNSCOPE_REFUSED, scopeProblem ? SCOPES_FIX : RESOURCE_FIX,
                requestId);
    }

    /** The downscoped token cannot read its own item; Box's code (cleaned) is quoted, and an account code is its own. */
    public static BoxCheckFailure downscopedItemUnreachable(String item, int status, String boxCode, String boxMessage,
            String requestId) {
        String what = "The downscoped token cannot read " + item + " of box.downscopeResource " + status(status,
                boxCode, boxMessage);
        return byCode(BoxCode.accountOrPolicy(boxCode), what, FailureKind.DOWNSCOPED_ITEM_UNREACHABLE, RESOURCE_FIX
                + " The scopes in box.downscope must let it be read (base_explorer or item_preview).", requestId);
    }

    /**
     * HTTP 429 on every attempt; {@code asked} ({@code 1m 40s}) and {@code until} ({@code 10:01:40Z}) the wait Box asked
     * for, null when it named none; {@code maxWait} the plugin's, when Box asked for longer, else null.
     */
    public static BoxCheckFailure rateLimited(int attempts, String asked, String until, String maxWait,
            String requestId) {
        return BoxCheckFailure.answered(FailureKind.RATE_LIMITED, "Box is rate limiting this token's user (HTTP 429 on "
                + attempts(attempts) + (asked == null ? "" : "; Box asked to wait " + asked + (maxWait == null ? ""
                : ", longer than the " + maxWait + " the plugin waits")) + ")", (asked == null
                ? "Run the build again in a minute. " : "Run the build again after " + until + " (in " + asked
                + "). ") + Fixes.RATE_LIMITS + RETRIES, requestId);
    }

    /** HTTP 5xx on every attempt. */
    public static BoxCheckFailure boxUnavailable(String url, int status, int attempts, String why, String requestId) {
        return BoxCheckFailure.answered(FailureKind.BOX_UNAVAILABLE, "Box is unavailable: GET " + url + " answered HTTP "
                + status + " on " + attempts(attempts) + (why == null ? "" : " (" + why + ")"), "This is on Box's"
                + " side, not your token's: check https://status.box.com and run the build again later" + RETRIES,
                requestId);
    }

    /** Box answered with an error status this plugin has no better explanation for. */
    public static BoxCheckFailure unexpectedResponse(String url, int status, String boxCode, String boxMessage,
            String requestId) {
        String what = "Box answered HTTP " + status + " to GET " + url + (boxCode == null ? "" : " (" + boxCode
                + (boxMessage == null ? "" : ": " + boxMessage) + ")");
        return byCode(BoxCode.of(boxCode), what, FailureKind.UNEXPECTED_RESPONSE,
                "Retry later; if it persists, report it to Box support with the request id.", requestId);
    }

    /** Something answered, but not the Box API: a 404, an HTML page from a proxy, a JSON body that is no user. */
    public static BoxCheckFailure notBoxApi(String url, String what, String requestId) {
        return BoxCheckFailure.answered(FailureKind.NOT_BOX_API, "This does not look like the Box API at " + url + ": "
                + what, "Check box.baseUrl (default https://api.box.com); if a proxy or captive portal answered,"
                + " configure the proxy in settings.xml <proxies> or sign in to the network.", requestId);
    }

    /** The answer is larger than any Box answer this plugin reads. */
    public static BoxCheckFailure responseTooLarge(String url, long limitBytes) {
        return BoxCheckFailure.answered(FailureKind.RESPONSE_TOO_LARGE, "The answer from " + url + " is larger than "
                + (limitBytes / 1024) + " KiB, far more than a Box user object; it was not read",
                "Check box.baseUrl and any proxy between this machine and Box.", null);
    }

    private static String attempts(int attempts) {
        return attempts + (attempts == 1 ? " attempt" : " attempts");
    }
}
