package io.github.boxmaven.check;

import io.github.boxmaven.base.ByteSizes;
import io.github.boxmaven.boxapi.FolderRequirement;

/** What was checked of one {@code box.folders} entry, with which token, and how it ended: for the report. */
public final class FolderCheck {
    public enum Outcome {
        PASSED, FAILED, NOT_CHECKED
    }

    public final String id;
    /** The folder's name as Box gave it (cleaned); null until Box showed the folder. */
    public final String name;
    public final boolean upload;
    /** The name the preflight asked about; null without {@code :upload}. */
    public final String uploadName;
    /** Whether that name was given in {@code box.folders}, not made up for the run. */
    public final boolean uploadNameGiven;
    /** The size the preflight asked about; 0 without {@code :upload}. */
    public final long uploadSize;
    /** {@code the verified token}, {@code the token handed on}, {@code the token downscoped to ...}. */
    public final String token;
    /** The {@code As-User} id the requests were made as; null without. */
    public final String asUser;
    public final Outcome outcome;
    /** The failure's kind ({@code upload-refused}); null unless failed. */
    public final String failureKind;

    FolderCheck(FolderRequirement folder, String name, String uploadName, long uploadSize, String token,
            String asUser, Outcome outcome, String failureKind) {
        this.id = folder.id;
        this.name = name;
        this.upload = folder.upload;
        this.uploadName = folder.upload ? uploadName : null;
        this.uploadNameGiven = folder.uploadName != null;
        this.uploadSize = folder.upload ? uploadSize : 0;
        this.token = token;
        this.asUser = asUser;
        this.outcome = outcome;
        this.failureKind = failureKind;
    }

    /** For the success line: {@code 111 'Uploads' (upload of 1 MB accepted)}, {@code 222 'Reports'}. */
    String describe() {
        return id + " '" + name + "'" + (upload ? " (upload of " + ByteSizes.format(uploadSize)
                + (uploadNameGiven ? " as '" + uploadName + "'" : "") + " accepted)" : "");
    }
}
