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

    /**
     * A member that is a JSON number of zero or more with no fraction, written as digits or in exponent form (Box sends
     * {@code 1.0e+15} as well as {@code 1000000000000000}), read without arithmetic on its exponent; null when absent,
     * not such a number, or above 10<sup>18</sup>.
     */
    public static Long wholeNumber(JsonObject object, String member) {
        String text = numberText(object, member);
        if (text == null || text.length() > 40) {
            return null;
        }
        try {
            java.math.BigDecimal number = new java.math.BigDecimal(text);
            // precision - scale: the digits before the point, so 1e999999 is refused before it is ever expanded
            if (number.signum() < 0 || number.precision() - number.scale() > 19) {
                return null;
            }
            java.math.BigDecimal whole = number.stripTrailingZeros();
            return whole.scale() > 0 || whole.compareTo(java.math.BigDecimal.TEN.pow(18)) > 0 ? null
                    : whole.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
