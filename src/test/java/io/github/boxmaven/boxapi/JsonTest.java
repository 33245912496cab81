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

    /** Box's storage numbers: {@code 1000000000000000} or {@code 1.0e+15} for unlimited; nothing else is a size. */
    @Test
    void wholeNumbersAreReadAsNumbersAndBounded() {
        JsonObject json = Json.parseObject("{\"a\":1000000000000000,\"b\":1.0e+15,\"c\":10737418240,\"d\":0,"
                + "\"e\":-1,\"f\":1.5,\"g\":\"10\",\"h\":1e999999999,\"i\":1e-999999999,\"j\":1e19,\"k\":1e18}");
        assertEquals(1_000_000_000_000_000L, Json.wholeNumber(json, "a"));
        assertEquals(1_000_000_000_000_000L, Json.wholeNumber(json, "b"));
        assertEquals(10_737_418_240L, Json.wholeNumber(json, "c"));
        assertEquals(0L, Json.wholeNumber(json, "d"));
        for (String member : new String[] {"e", "f", "g", "j", "missing"}) {
            assertNull(Json.wholeNumber(json, member), member);
        }
        assertEquals(1_000_000_000_000_000_000L, Json.wholeNumber(json, "k"));
        assertNull(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Json.wholeNumber(json, "h")));
        assertNull(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Json.wholeNumber(json, "i")));
    }

    /** The token exchange's {@code restricted_to} (Box's OpenAPI {@code AccessToken}: {@code [{scope, object}]}). */
    @Test
    void restrictedToIsReadAsScopesAndTheirItem() {
        JsonObject json = Json.parseObject("{\"restricted_to\":[{\"scope\":\"item_upload\",\"object\":{\"type\":"
                + "\"folder\",\"id\":111,\"etag\":\"0\"}},{\"scope\":\"base_explorer\"},{\"scope\":\"BAD SCOPE\"},"
                + "{\"scope\":\"item_preview\",\"object\":{\"type\":\"web_link\",\"id\":\"5\"}},7]}");
        assertEquals(java.util.List.of("item_upload folder 111", "base_explorer", "item_preview"),
                TokenEndpointClient.restrictedTo(json));
        assertTrue(TokenEndpointClient.restrictedTo(Json.parseObject("{\"restricted_to\":{}}")).isEmpty());
        assertTrue(TokenEndpointClient.restrictedTo(Json.parseObject("{}")).isEmpty());
    }
}
