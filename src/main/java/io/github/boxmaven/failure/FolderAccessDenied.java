package io.github.boxmaven.failure;

/** A folder in {@code box.folders} is not visible to the token's user, or not writable when {@code :upload} asks. */
public final class FolderAccessDenied extends BoxAnswerFailure {
    private static final long serialVersionUID = 1L;

    private FolderAccessDenied(FailureKind kind, String what, String fix, String requestId) {
        super(kind, what, fix, requestId);
    }

    public static FolderAccessDenied notVisible(String folderId, String user, String requestId) {
        return new FolderAccessDenied(FailureKind.FOLDER_NOT_VISIBLE, "Box folder " + folderId + " is not visible to " + user
                + " (HTTP 404)", "Invite " + user + " to the folder as a collaborator (a service account sees only"
                + " folders it was added to), or check the id in box.folders.", requestId);
    }

    public static FolderAccessDenied notWritable(String folderId, String name, String user) {
        return new FolderAccessDenied(FailureKind.FOLDER_NOT_WRITABLE, "Box folder " + folderId + " '" + name
                + "' is visible to " + user + " but does not allow uploads (permissions.can_upload is false)",
                "Give " + user + " an Editor (or Uploader) role on the folder, or drop :upload from box.folders.", null);
    }
}
