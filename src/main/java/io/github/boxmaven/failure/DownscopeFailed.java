package io.github.boxmaven.failure;

/** Box would not narrow the verified token as {@code box.downscope} asks, or the narrowed token cannot reach its item. */
public final class DownscopeFailed extends BoxAnswerFailure {
    private static final long serialVersionUID = 1L;

    private static final String SCOPES_FIX = "Check box.downscope: each scope must be one Box knows (item_upload,"
            + " item_preview, base_explorer...) and one the verified token holds (the app's Application Scopes in the"
            + " Developer Console).";
    private static final String RESOURCE_FIX = "Check box.downscopeResource (folder:<id>, file:<id> or the item's API"
            + " URL): the item must exist and be visible to the token's user.";

    private DownscopeFailed(FailureKind kind, String what, String fix, String requestId) {
        super(kind, what, fix, requestId);
    }

    /**
     * The token exchange was refused: a scope Box does not know or the token does not hold (401), else,
     * when an item is named, most likely the item.
     *
     * @param item {@code folder 111}, or null
     */
    public static DownscopeFailed refused(String scopes, String item, int status, String error, String description,
            String requestId) {
        String what = "Box refused to downscope the verified token to " + scopes + " (HTTP " + status
                + (error == null ? "" : ", " + error) + (description == null ? "" : ": " + description) + ")";
        boolean scopeProblem = status == 401 || item == null || "invalid_scope".equals(error);
        return new DownscopeFailed(FailureKind.DOWNSCOPE_REFUSED, what, scopeProblem ? SCOPES_FIX : RESOURCE_FIX,
                requestId);
    }

    /** The downscoped token cannot read its own item. */
    public static DownscopeFailed itemUnreachable(String item, int status, String requestId) {
        return new DownscopeFailed(FailureKind.DOWNSCOPED_ITEM_UNREACHABLE, "The downscoped token cannot read "
                + item + " of box.downscopeResource (HTTP " + status + ")", RESOURCE_FIX + " The scopes in"
                + " box.downscope must let it be read (base_explorer or item_preview).", requestId);
    }
}
