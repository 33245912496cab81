package io.github.boxmaven.boxapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.boxmaven.failure.ServerText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Box's answer to its upload preflight, {@code OPTIONS /2.0/files/content}: accepted, or refused with Box's status,
 * code, message (cleaned) and request id, and for {@code item_name_in_use} the files already there.
 */
public final class UploadPreflight {
    public final boolean accepted;
    public final int status;
    /** Box's {@code code} (or the WWW-Authenticate {@code error}), cleaned; null when accepted or Box gave none. */
    public final String code;
    public final String message;
    public final String requestId;
    /** For {@code item_name_in_use}: {@code file 999 'app-1.2.zip'} per file in {@code context_info.conflicts}. */
    public final List<String> conflicts;

    private UploadPreflight(BoxResponse response, boolean accepted, String code, String message) {
        this.accepted = accepted;
        this.status = response.status;
        this.code = code;
        this.message = message;
        this.requestId = response.requestId();
        this.conflicts = accepted ? Collections.<String>emptyList()
                : Collections.unmodifiableList(conflicts(response.json()));
    }

    static UploadPreflight accepted(BoxResponse response) {
        return new UploadPreflight(response, true, null, null);
    }

    static UploadPreflight refused(BoxResponse response, String code, String message) {
        return new UploadPreflight(response, false, code, message);
    }

    /** Box's 200: an {@code upload_url} string, and an {@code upload_token} that is a string or null if sent. */
    static boolean isAcceptance(JsonObject json) {
        JsonElement token = json == null ? null : json.get("upload_token");
        return Json.string(json, "upload_url") != null && json.get("upload_url").getAsJsonPrimitive().isString()
                && (token == null || token.isJsonNull() || token.isJsonPrimitive()
                && token.getAsJsonPrimitive().isString());
    }

    /** {@code context_info.conflicts}: an array of files, or one file object (both are seen); ids of digits only. */
    private static List<String> conflicts(JsonObject json) {
        JsonObject contextInfo = Json.object(json, "context_info");
        JsonElement conflicts = contextInfo == null ? null : contextInfo.get("conflicts");
        List<JsonElement> files = new ArrayList<>();
        if (conflicts != null && conflicts.isJsonArray()) {
            conflicts.getAsJsonArray().forEach(files::add);
        } else if (conflicts != null && conflicts.isJsonObject()) {
            files.add(conflicts);
        }
        List<String> described = new ArrayList<>();
        for (JsonElement file : files.subList(0, Math.min(files.size(), 5))) {
            String id = file.isJsonObject() ? Json.string(file.getAsJsonObject(), "id") : null;
            if (id != null && id.matches(BoxApiClient.ID)) {
                String name = ServerText.clean(Json.string(file.getAsJsonObject(), "name"));
                described.add("file " + id + (name == null ? "" : " '" + name + "'"));
            }
        }
        return described;
    }
}
