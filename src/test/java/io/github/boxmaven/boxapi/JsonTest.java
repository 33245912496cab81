package io.github.boxmaven.boxapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void readsBoxsUserWithNestedAndUnknownMembers() {
        JsonObject user = Json.parseObject("{\"type\":\"user\",\"id\":\"1\",\"space_amount\":1e12,\"notification_email\":[],"
                + "\"enterprise\":{\"id\":\"9\",\"type\":\"enterprise\"},\"x\":null,\"ok\":true}");
        assertEquals("user", user.get("type").getAsString());
        assertEquals(1e12, user.get("space_amount").getAsDouble());
        assertEquals("9", user.getAsJsonObject("enterprise").get("id").getAsString());
        assertTrue(user.get("x").isJsonNull());
        assertTrue(user.get("ok").getAsBoolean());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<html></html>", "[1,2]", "\"text\"", "{\"a\":1} trailing", "{a:1}", "{'a':1}",
        "{\"a\":1,}", "{\"a\":"})
    void anythingButOneStrictJsonObjectIsNull(String text) {
        assertNull(Json.parseObject(text));
    }

    @Test
    void absurdNestingIsRefusedNotAStackOverflow() {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        assertNull(Json.parseObject(deep));
    }

    @Test
    void writesPrettyJsonWithNulls() {
        JsonObject object = new JsonObject();
        object.addProperty("name", "Box <check>");
        object.add("none", null);
        object.addProperty("n", 42);
        assertEquals("{\n  \"name\": \"Box <check>\",\n  \"none\": null,\n  \"n\": 42\n}",
                Json.toPrettyString(object));
    }
}
