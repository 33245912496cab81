package io.github.boxmaven.boxapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * JSON trees read and written with Gson's streaming {@link JsonReader} and {@link JsonWriter} alone.
 * Building a {@code Gson} instance loads and initializes over a hundred classes (every built-in type
 * adapter), which a build that makes one request should not pay for; the tree types are the same.
 */
public final class Json {
    private static final int MAX_DEPTH = 64;

    private Json() {}

    /** The text as a JSON object, or null when it is empty, not strict JSON, nested absurdly deep, or not an object. */
    public static JsonObject parseObject(String text) {
        if (text == null || text.trim().isEmpty()) {
            return null;
        }
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            JsonElement element = read(reader, 0);
            if (reader.peek() != JsonToken.END_DOCUMENT || !element.isJsonObject()) {
                return null;
            }
            return element.getAsJsonObject();
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return null;
        }
    }

    private static JsonElement read(JsonReader reader, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("nested deeper than " + MAX_DEPTH);
        }
        switch (reader.peek()) {
            case BEGIN_OBJECT:
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    object.add(reader.nextName(), read(reader, depth + 1));
                }
                reader.endObject();
                return object;
            case BEGIN_ARRAY:
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader, depth + 1));
                }
                reader.endArray();
                return array;
            case STRING:
                return new JsonPrimitive(reader.nextString());
            case NUMBER:
                return new JsonPrimitive(new BigDecimal(reader.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new IOException("unexpected " + reader.peek());
        }
    }

    /** Pretty-printed, two spaces, nulls kept. */
    public static String toPrettyString(JsonElement element) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = new JsonWriter(out)) {
            writer.setIndent("  ");
            writer.setSerializeNulls(true);
            write(writer, element);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void write(JsonWriter writer, JsonElement element) throws IOException {
        if (element == null || element.isJsonNull()) {
            writer.nullValue();
        } else if (element.isJsonObject()) {
            writer.beginObject();
            for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
                writer.name(member.getKey());
                write(writer, member.getValue());
            }
            writer.endObject();
        } else if (element.isJsonArray()) {
            writer.beginArray();
            for (JsonElement item : element.getAsJsonArray()) {
                write(writer, item);
            }
            writer.endArray();
        } else {
            JsonPrimitive primitive = element.getAsJsonPrimitive();
            if (primitive.isBoolean()) {
                writer.value(primitive.getAsBoolean());
            } else if (primitive.isNumber()) {
                writer.value(primitive.getAsNumber());
            } else {
                writer.value(primitive.getAsString());
            }
        }
    }
}
