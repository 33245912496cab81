package io.github.boxmaven.boxapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/** Reads JSON objects strictly with Gson; numbers stay the digits Box sent, never a {@code BigDecimal}. */
public final class Json {
    private Json() {}

    /** The text as a JSON object, or null when it is empty, not strict JSON, or not an object. */
    public static JsonObject parseObject(String text) {
        if (text == null || text.trim().isEmpty()) {
            return null;
        }
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            return reader.peek() != JsonToken.END_DOCUMENT || !element.isJsonObject() ? null
                    : element.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            return null;
        }
    }

    /** A string (or number, as its text) member of a JSON object, or null when absent, not a primitive, or empty. */
    public static String string(JsonObject object, String member) {
        JsonElement value = object == null ? null : object.get(member);
        String text = value == null || !value.isJsonPrimitive() ? null : value.getAsString();
        return text == null || text.isEmpty() ? null : text;
    }

    /** A member that is a JSON object, or null (also when {@code object} is null). */
    public static JsonObject object(JsonObject object, String member) {
        JsonElement value = object == null ? null : object.get(member);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    /** A member that is a JSON number, as the digits Box sent (never converted), or null. */
    public static String numberText(JsonObject object, String member) {
        JsonElement value = object == null ? null : object.get(member);
        return value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber() ? null
                : value.getAsString();
    }
}
