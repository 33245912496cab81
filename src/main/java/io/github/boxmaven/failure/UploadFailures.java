package io.github.boxmaven.failure;

import java.util.List;

/**
 * Failures of an upload the build needs ({@code box.folders=111:upload}): Box's preflight refused it, the user's status
 * forbids it, or the token handed on was not granted what was asked ({@code box.downscope}).
 */
public final class UploadFailures {
    private static final String NAME_RULES = "no / or \\, no control characters, not . or .., no leading or trailing"
            + " spaces, at most 255 characters";

    private UploadFailures() {}

    /**
     * Box's preflight refused the upload. {@code folder}: {@code folder 111 'Uploads'}; {@code asked}: {@code a 1 MB
     * file named 'app-1.2.zip'}; {@code who}: the uploader; {@code downscope}: the scopes of the downscoped token that
     * asked, null for a token that is not; {@code storage}: {@code has used 10 GB of 10 GB}, null when Box did not say;
     * {@code maxUpload}: the user's {@code max_upload_size}, null when not said; {@code conflicts}: for
     * {@code item_name_in_use}.
     */
    public static BoxCheckFailure preflightRefused(String folder, String asked, String who, String downscope,
            int status, String code, String message, List<String> conflicts, String storage, String maxUpload,
            String requestId) {
        String what = "Box would refuse the upload to " + folder + ": its preflight for " + asked + " by " + who
                + (downscope == null ? "" : " with the token downscoped to " + downscope) + " answered "
                + BoxRefusals.status(status, code, message);
        FailureKind kind = "insufficient_scope".equals(code) && downscope != null ? FailureKind.DOWNSCOPE_INSUFFICIENT
                : FailureKind.UPLOAD_REFUSED;
        return BoxRefusals.byCode(BoxCode.accountOrPolicy(code), what, kind,
                preflightFix(code, who, downscope, conflicts, storage, maxUpload), requestId);
    }

    /** The fix for Box's preflight {@code code}; an account or policy code has its own ({@link BoxCode}). */
    private static String preflightFix(String code, String who, String downscope, List<String> conflicts,
            String storage, String maxUpload) {
        String upload = " (Developer Console > your app > Configuration > Application Scopes), have an admin"
                + " re-authorize the app (Admin Console > Apps), then get a new token.";
        switch (code) {
            case "storage_limit_exceeded":
                return who + (storage == null ? " has no storage left" : " " + storage) + ": free space (files in the"
                        + " trash count until the trash is purged), or have a Box admin raise the user's storage"
                        + " (Admin Console > Users > the user > Storage); a new app user may have none allocated.";
            case "file_size_limit_exceeded":
                return "The file is larger than " + who + "'s account takes" + (maxUpload == null ? "" : " ("
                        + maxUpload + " at most, max_upload_size)") + ": lower box.uploadSize to the largest file"
                        + " the build uploads, or move to a Box plan with a larger upload limit.";
            case "item_name_in_use":
                String file = conflicts.isEmpty() ? "the existing file" : String.join(", ", conflicts);
                String id = conflicts.isEmpty() ? "<id>" : conflicts.get(0).split(" ")[1];
                return "The folder already holds " + file + ": to replace it, upload a new version to the file"
                        + " instead (POST /2.0/files/" + id + "/content); else give the file another name, or drop"
                        + " =<name> in box.folders to check the folder alone.";
            case "item_name_invalid":
            case "item_name_too_long":
                return "Box does not take that name (" + NAME_RULES + "): change it in box.folders and in the build.";
            case "insufficient_scope":
                if (downscope == null) {
                    return "Give the app the \"Write all files and folders stored in Box\" scope" + upload;
                }
                return "Add item_upload to box.downscope (a token downscoped to one item needs it for that item), and"
                        + " keep box.downscopeResource a folder that holds the folder uploaded to.";
            case "access_denied_insufficient_permissions":
                return "Give " + who + " an Editor or Uploader role on the folder; if it has one, the app lacks the"
                        + " \"Write all files and folders stored in Box\" scope" + upload;
            case "not_found":
                return downscope == null ? "Box showed the folder but does not find it to upload to: check the id in"
                        + " box.folders, and that " + who + " still is a collaborator." : "A downscoped token reaches"
                        + " only its item and what is inside it: set box.downscopeResource to a folder that holds this"
                        + " one.";
            default:
                return "Box's message says why; if it is unclear, report it to Box support with the request id.";
        }
    }

    /** Box says {@code who}'s status is {@code inactive}: it can do nothing. */
    public static BoxCheckFailure inactive(String who, String source) {
        return BoxCheckFailure.withFix(FailureKind.USER_INACTIVE, "Box accepted the token from " + source + " but says"
                + " its user " + who + " is inactive (status inactive)", "Have a Box admin set the user active again"
                + " (Admin Console > Users > the user > Status), or use a token for an active user.", null);
    }

    /** Box says {@code who}, the uploader, may not upload ({@code cannot_delete_edit_upload}). */
    public static BoxCheckFailure statusForbidsUpload(String who, String folders) {
        return BoxCheckFailure.withFix(FailureKind.UPLOAD_REFUSED, "Box says " + who + " may not upload (status"
                + " cannot_delete_edit_upload), but box.folders asks to upload to " + folders, "Have a Box admin set"
                + " the user's status to Active (Admin Console > Users > the user > Status), or drop :upload from"
                + " box.folders.", null);
    }

    /**
     * The token exchange's {@code restricted_to} does not grant what {@code box.downscope} asked: {@code missing}
     * ({@code item_upload}, or {@code folder 111}), {@code granted} what Box's answer lists.
     */
    public static BoxCheckFailure downscopeNotGranted(String asked, String missing, String granted,
            String requestId) {
        return BoxCheckFailure.answered(FailureKind.DOWNSCOPE_INSUFFICIENT, "Box downscoped the verified token to "
                + asked + " but did not grant " + missing + " (its restricted_to lists " + granted + ")",
                "Box grants only scopes the verified token holds and the user's role on the item allows: give the app"
                + " those scopes (Application Scopes) and the user that role, or drop the scope from box.downscope.",
                requestId);
    }
}
