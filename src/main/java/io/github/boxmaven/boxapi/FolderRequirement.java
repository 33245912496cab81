package io.github.boxmaven.boxapi;

import io.github.boxmaven.failure.ConfigurationFailure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder the build needs: visible, and with {@code :upload} also an upload Box's preflight accepts, of a file named
 * as given ({@code 111:upload=app-1.2.zip}) or of a name unique to the run. Parsed from {@code box.folders}.
 */
public final class FolderRequirement {
    private static final Pattern ENTRY = Pattern.compile("(\\d{1,20})(?::upload(?:=(.*))?)?", Pattern.DOTALL);
    /** Box's longest file name. */
    static final int MAX_NAME_LENGTH = 255;

    public final String id;
    public final boolean upload;
    /** The file name the preflight asks about; null for a name unique to the run. */
    public final String uploadName;

    public FolderRequirement(String id, boolean upload, String uploadName) {
        this.id = id;
        this.upload = upload;
        this.uploadName = uploadName;
    }

    /** {@code 111:upload,222,333:upload=app-1.2.zip}; empty or null gives no folders. */
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
            Matcher matcher = ENTRY.matcher(entry);
            if (!matcher.matches()) {
                throw ConfigurationFailure.invalidParameter("box.folders item '" + printable(entry) + "' is not a"
                        + " folder id, optionally followed by :upload or :upload=<file name> (e.g."
                        + " 111:upload,222,333:upload=app-1.2.zip).");
            }
            String name = matcher.group(2);
            String problem = name == null ? null : nameProblem(name);
            if (problem != null) {
                throw ConfigurationFailure.invalidParameter("box.folders item '" + printable(entry) + "' names a file "
                        + problem + "; give the file's name alone, as the build uploads it (e.g. 111:upload=app-1.2.zip),"
                        + " or drop =<name> to check the folder with a name unique to this run.");
            }
            folders.add(new FolderRequirement(matcher.group(1), entry.contains(":"), name));
        }
        return Collections.unmodifiableList(folders);
    }

    /** Why Box would never take {@code name} as a file's name, or null: a path, a control character, too long. */
    private static String nameProblem(String name) {
        if (name.trim().isEmpty()) {
            return "that is empty";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return "that is a path (it holds / or \\)";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "with a control character";
        }
        if (name.equals(".") || name.equals("..")) {
            return "that is . or ..";
        }
        return name.length() > MAX_NAME_LENGTH ? "longer than " + MAX_NAME_LENGTH + " characters, Box's limit" : null;
    }

    /** The entry for a message: control characters shown as {@code ?}, at most 80 characters. */
    private static String printable(String entry) {
        String shown = entry.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
    }

    @Override
    public String toString() {
        return id + (upload ? ":upload" : "") + (uploadName == null ? "" : "=" + uploadName);
    }
}
