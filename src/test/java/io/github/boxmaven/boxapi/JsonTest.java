package io.github.boxmaven.boxapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

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
    void aLongNumberIsKeptAsItsDigitsWithoutArithmetic() {
        String digits = "9".repeat(1000);
        JsonObject json = Json.parseObject("{\"expires_in\":" + digits + ",\"id\":" + digits + "}");
        assertEquals(digits, Json.numberText(json, "expires_in"));
        assertEquals(digits, Json.string(json, "id"));
    }

    @Test
    void aMegabyteNumberIsNoJsonWeTakeAndCostsNoTime() {
        String digits = "9".repeat(1_000_000);
        assertNull(assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Json.parseObject("{\"expires_in\":" + digits + "}")));
    }

    @Test
    void anExponentThatBigDecimalCannotEndIsOnlyText() {
        JsonObject json = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Json.parseObject("{\"expires_in\":1e999999999}"));
        assertEquals("1e999999999", Json.numberText(json, "expires_in"));
    }

    @Test
    void numberTextIsOnlyForJsonNumbers() {
        JsonObject json = Json.parseObject("{\"a\":\"3600\",\"b\":true,\"c\":{},\"d\":3600}");
        assertNull(Json.numberText(json, "a"));
        assertNull(Json.numberText(json, "b"));
        assertNull(Json.numberText(json, "c"));
        assertNull(Json.numberText(json, "missing"));
        assertEquals("3600", Json.numberText(json, "d"));
    }
}
