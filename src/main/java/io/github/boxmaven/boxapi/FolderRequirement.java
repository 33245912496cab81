package io.github.boxmaven.boxapi;

import io.github.boxmaven.failure.ConfigurationFailure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A folder the build needs: visible, and with {@code :upload} also writable. Parsed from {@code box.folders}. */
public final class FolderRequirement {
    public final String id;
    public final boolean upload;

    public FolderRequirement(String id, boolean upload) {
        this.id = id;
        this.upload = upload;
    }

    /** {@code 111:upload,222}; empty or null gives no folders. */
    public static List<FolderRequirement> parseList(String text) throws ConfigurationFailure {
        if (text == null || text.trim().isEmpty()) {
            return Collections.emptyList();
        }
        List<FolderRequirement> folders = new ArrayList<>();
        for (String item : text.split(",")) {
            String entry = item.trim();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split(":", -1);
            boolean upload = parts.length == 2 && parts[1].trim().equals("upload");
            if (!parts[0].trim().matches("\\d{1,20}") || parts.length > 2 || parts.length == 2 && !upload) {
                throw ConfigurationFailure.invalidParameter("box.folders item '" + entry + "' is not a folder id, optionally followed by"
                        + " :upload (e.g. 111:upload,222).");
            }
            folders.add(new FolderRequirement(parts[0].trim(), upload));
        }
        return Collections.unmodifiableList(folders);
    }

    @Override
    public String toString() {
        return id + (upload ? ":upload" : "");
    }
}
