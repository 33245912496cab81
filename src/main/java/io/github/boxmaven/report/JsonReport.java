package io.github.boxmaven.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.expiry.Expiry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code box.report}: the run as JSON, for tools and people; never a secret. */
public final class JsonReport {
    private JsonReport() {}

    public static JsonObject toJson(CheckReport report) {
        JsonObject json = new JsonObject();
        json.addProperty("plugin", "box-maven-plugin");
        json.addProperty("pluginVersion", report.pluginVersion());
        json.addProperty("outcome", report.outcome().name().toLowerCase(java.util.Locale.ROOT));
        json.addProperty("finishedAt", report.finishedAt().toString());
        json.addProperty("durationMillis", report.duration().toMillis());
        json.addProperty("baseUrl", report.baseUrl());
        JsonObject credential = new JsonObject();
        credential.addProperty("method", report.method() == null ? null : report.method().toString());
        if (report.verdict() != null) {
            credential.addProperty("origin", report.verdict().tokenOrigin());
        }
        json.add("credential", credential);
        json.addProperty("reusedEarlierCheck", report.reused());
        if (report.verdict() != null) {
            BoxUser user = report.verdict().user();
            JsonObject userJson = new JsonObject();
            userJson.addProperty("id", user.id());
            userJson.addProperty("login", user.login());
            userJson.addProperty("name", user.name());
            json.add("user", userJson);
            Expiry expiry = report.expiry();
            JsonObject expiryJson = new JsonObject();
            expiryJson.addProperty("known", expiry.isKnown());
            expiryJson.addProperty("basis", expiry.basis().name().toLowerCase(java.util.Locale.ROOT));
            expiryJson.addProperty("exact", expiry.basis().isExact());
            if (expiry.isKnown()) {
                expiryJson.addProperty("expiresAt", expiry.expiresAt().toString());
                expiryJson.addProperty("remainingSeconds", expiry.remaining(report.verdict().checkedAt()).getSeconds());
            }
            expiryJson.addProperty("description", expiry.describe(report.verdict().checkedAt()));
            json.add("expiry", expiryJson);
            json.addProperty("message", report.verdict().summary());
        }
        if (report.failure() != null) {
            JsonObject failure = new JsonObject();
            failure.addProperty("kind", report.failure().kind().id());
            failure.addProperty("message", report.failure().getMessage());
            failure.addProperty("boxRequestId", report.failure().requestId());
            json.add("failure", failure);
        }
        if (report.skipReason() != null) {
            json.addProperty("skipReason", report.skipReason());
        }
        return json;
    }

    public static void write(Path file, CheckReport report) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        String text = new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(toJson(report)) + "\n";
        // holds no secret, so a plain write: in a reactor every module writes one
        Files.write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
