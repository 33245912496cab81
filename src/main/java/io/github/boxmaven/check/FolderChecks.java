package io.github.boxmaven.check;

import io.github.boxmaven.base.ByteSizes;
import io.github.boxmaven.base.CheckLog;
import io.github.boxmaven.boxapi.AccessToken;
import io.github.boxmaven.boxapi.BoxApiClient;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.boxapi.FolderRequirement;
import io.github.boxmaven.boxapi.UploadPreflight;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.UploadFailures;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code box.folders}, checked with the token the stage gets: each folder visible, and for {@code :upload} writable to
 * the user's role, allowed by the user's status, and accepted by Box's upload preflight. What was checked goes into
 * {@code record}, also when a folder fails.
 */
final class FolderChecks {
    /** The share of the storage quota in use from which a check with {@code :upload} warns. */
    static final int STORAGE_WARNING_PERCENT = 90;

    private final TokenCheckSettings settings;
    private final BoxApiClient api;
    private final CheckLog log;
    private final List<FolderCheck> record;

    FolderChecks(TokenCheckSettings settings, BoxApiClient api, CheckLog log, List<FolderCheck> record) {
        this.settings = settings;
        this.api = api;
        this.log = log;
        this.record = record;
    }

    /**
     * Checks every folder with {@code stage}, as {@code box.asUser} when set; {@code uploader}: the user the requests act
     * for (the As-User user, else the token's), null for a token downscoped to one item, which never reads
     * {@code /users/me}.
     */
    void check(AccessToken stage, BoxUser uploader) throws BoxCheckFailure {
        record.clear();
        String asUser = settings.principals.asUser;
        String downscope = settings.downscope == null ? null : settings.downscope.describe();
        String who = downscope != null ? "the token downscoped to " + downscope
                : uploader.login != null ? uploader.login : uploader.describe();
        String token = stage.kind == AccessToken.Kind.DOWNSCOPED ? "the token downscoped to " + downscope
                : "the verified token";
        List<FolderRequirement> uploads = settings.folders.stream().filter(folder -> folder.upload)
                .collect(Collectors.toList());
        if (!uploads.isEmpty() && uploader != null) {
            requireUploadStatus(uploader, uploads);
        }
        String runName = "box-maven-plugin-preflight-" + UUID.randomUUID().toString().substring(0, 13) + ".txt";
        for (FolderRequirement folder : settings.folders) {
            String uploadName = folder.uploadName != null ? folder.uploadName : runName;
            String name = null;
            try {
                name = api.checkFolder(stage, asUser, folder, who, settings.downscope != null
                        && settings.downscope.item() != null);
                if (folder.upload) {
                    UploadPreflight answer = api.preflight(stage, asUser, folder.id, uploadName, settings.uploadSize);
                    if (!answer.accepted) {
                        throw refused(folder, name, uploadName, downscope, uploader, who, answer);
                    }
                }
            } catch (BoxCheckFailure e) {
                record.add(new FolderCheck(folder, name, uploadName, settings.uploadSize, token, asUser,
                        FolderCheck.Outcome.FAILED, e.kind().id()));
                for (FolderRequirement rest : settings.folders.subList(settings.folders.indexOf(folder) + 1,
                        settings.folders.size())) {
                    record.add(new FolderCheck(rest, null, null, settings.uploadSize, token, asUser,
                            FolderCheck.Outcome.NOT_CHECKED, null));
                }
                throw e;
            }
            record.add(new FolderCheck(folder, name, uploadName, settings.uploadSize, token, asUser,
                    FolderCheck.Outcome.PASSED, null));
        }
        if (!uploads.isEmpty() && uploader != null) {
            warnOfStorage(uploader);
        }
    }

    /** {@code cannot_delete_edit_upload} refuses every upload; {@code cannot_delete_edit} every new version. */
    private void requireUploadStatus(BoxUser uploader, List<FolderRequirement> uploads) throws BoxCheckFailure {
        String folders = uploads.stream().map(folder -> folder.id).collect(Collectors.joining(", "));
        if ("cannot_delete_edit_upload".equals(uploader.status)) {
            throw UploadFailures.statusForbidsUpload(uploader.describe(), folders);
        }
        if ("cannot_delete_edit".equals(uploader.status)) {
            log.warn("Box says " + uploader.describe() + " may not edit or delete (status cannot_delete_edit): new"
                    + " files upload to " + folders + ", but a new version of an existing file will be refused.");
        }
    }

    /** A WARNING once the quota is {@value #STORAGE_WARNING_PERCENT}% used: Box's preflight, not this, decides. */
    private void warnOfStorage(BoxUser uploader) {
        BoxUser.Storage storage = uploader.storage;
        if (storage.percentUsed() >= STORAGE_WARNING_PERCENT) {
            log.warn("Box storage of " + uploader.describe() + " is " + storage.percentUsed() + "% used ("
                    + ByteSizes.format(storage.used) + " of " + ByteSizes.format(storage.amount) + "): uploads fail"
                    + " once it is full, and files in the trash count until it is purged.");
        }
    }

    private BoxCheckFailure refused(FolderRequirement folder, String name, String uploadName, String downscope,
            BoxUser uploader, String who, UploadPreflight answer) {
        BoxUser.Storage storage = uploader == null ? null : uploader.storage;
        String used = storage == null || storage.used == null || storage.amount == null ? null : "has used "
                + ByteSizes.format(storage.used) + " of " + ByteSizes.format(storage.amount);
        String max = storage == null || storage.maxUploadSize == null ? null
                : ByteSizes.format(storage.maxUploadSize);
        return UploadFailures.preflightRefused("folder " + folder.id + " '" + name + "'", "a "
                + ByteSizes.format(settings.uploadSize) + " file named '" + uploadName + "'", uploader == null ? who
                : uploader.describe(), downscope, answer.status, answer.code, answer.message, answer.conflicts, used,
                max, answer.requestId);
    }
}
