package io.github.boxmaven.failure;

/** HTTP 403: the token is valid, but may not do this. */
public final class AccessDenied extends BoxAnswerFailure {
    private static final long serialVersionUID = 1L;

    public AccessDenied(String source, String boxCode, String boxMessage, String requestId) {
        super(FailureKind.ACCESS_DENIED, "Box accepted the token from " + source + " but refused the request (HTTP 403"
                + (boxCode == null ? "" : ", " + boxCode) + (boxMessage == null ? "" : ": " + boxMessage) + ")",
                "Give the app the scopes it needs (Developer Console > your app > Configuration > Application"
                        + " Scopes), have an admin re-authorize it, then generate a new token.",
                requestId);
    }
}
