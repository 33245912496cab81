package io.github.boxmaven.report;

import com.google.gson.stream.JsonWriter;
import io.github.boxmaven.base.PluginInfo;
import io.github.boxmaven.boxapi.BoxUser;
import io.github.boxmaven.check.CheckReport;
import io.github.boxmaven.expiry.Expiry;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;

/** {@code box.report}: the run as JSON, for tools and people, never a secret; {@link Reports} writes it. */
public final class JsonReport {
    /** The report's {@code plugin}: how a report of this plugin is told from any other file. */
    static final String PLUGIN = "box-maven-plugin";

    private JsonReport() {}

    /** The report as pretty-printed JSON, nulls kept. */
    public static String toJson(CheckReport report) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setSerializeNulls(true);
            json.beginObject();
            json.name("plugin").value(PLUGIN);
            json.name("pluginVersion").value(PluginInfo.version());
            json.name("outcome").value(report.outcome().name().toLowerCase(Locale.ROOT));
            json.name("finishedAt").value(report.finishedAt().toString());
            json.name("durationMillis").value(report.duration().toMillis());
            json.name("baseUrl").value(report.baseUrl());
            json.name("credential").beginObject();
            json.name("method").value(report.method() == null ? null : report.method().toString());
            if (report.verdict() != null) {
                json.name("origin").value(report.verdict().tokenOrigin());
            }
            json.endObject();
            json.name("reusedEarlierCheck").value(report.reused());
            if (report.verdict() != null) {
                BoxUser user = report.verdict().user();
                if (user == null) {
                    json.name("user").nullValue();
                } else {
                    json.name("user").beginObject();
                    json.name("id").value(user.id()).name("login").value(user.login()).name("name").value(user.name());
                    json.endObject();
                }
                Expiry expiry = report.verdict().expiry();
                json.name("expiry").beginObject();
                json.name("known").value(expiry.isKnown());
                json.name("basis").value(expiry.basis().name().toLowerCase(Locale.ROOT));
                json.name("exact").value(expiry.basis().isExact());
                if (expiry.isKnown()) {
                    json.name("expiresAt").value(expiry.expiresAt().toString());
                    json.name("remainingSeconds").value(expiry.remaining(report.verdict().checkedAt()).getSeconds());
                }
                json.name("description").value(expiry.describe(report.verdict().checkedAt()));
                json.endObject();
                json.name("message").value(report.verdict().summary());
            }
            if (report.failure() != null) {
                json.name("failure").beginObject();
                json.name("kind").value(report.failure().kind().id());
                json.name("message").value(report.failure().getMessage());
                json.name("boxRequestId").value(report.failure().requestId());
                json.endObject();
            }
            if (report.skipReason() != null) {
                json.name("skipReason").value(report.skipReason());
            }
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
