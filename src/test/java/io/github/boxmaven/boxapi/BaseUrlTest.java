package io.github.boxmaven.boxapi;

import static io.github.boxmaven.failure.Failures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.FailureKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

    @Test
    void appendsApiPathsLikeTheSdks() throws Exception {
        assertEquals("https://api.box.com/2.0/users/me", BaseUrl.parse("https://api.box.com").resolve("2.0/users/me").toString());
        assertEquals("https://api.box.com/2.0/users/me", BaseUrl.parse("https://api.box.com/").resolve("2.0/users/me").toString());
        assertEquals("https://gw.example.com/box/oauth2/token",
                BaseUrl.parse("https://gw.example.com/box").resolve("oauth2/token").toString());
        assertEquals("https://gw.example.com/box", BaseUrl.parse("https://gw.example.com/box/?x=1").display());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:1", "http://127.200.3.4", "http://[::1]:9000/x"})
    void plainHttpIsAllowedToLoopback(String url) throws Exception {
        assertFalse(BaseUrl.parse(url).isHttps());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.box.com", "http://10.0.0.1", "http://128.0.0.1", "http://localhost.example.com",
        "http://127.0.0.1.nip.io", "http://[::2]"})
    void plainHttpElsewhereIsRefused(String url) {
        BoxCheckFailure e = assertFailure(FailureKind.INSECURE_BASE_URL, () -> BaseUrl.parse(url));
        assertTrue(e.getMessage().contains("clear text"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "api.box.com", "ftp://api.box.com", "https://"})
    void somethingThatIsNoUrlIsAClearError(String url) {
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> BaseUrl.parse(url));
        assertTrue(e.getMessage().startsWith("box.baseUrl '"), e.getMessage());
    }

    @Test
    void credentialsInTheUrlAreRefusedWithoutEchoingThem() {
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> BaseUrl.parse("https://me:hunter2@api.box.com"));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "https://me:PASSWORD@api box.com | https://***@api box.com",
        "https:/me:PASSWORD@api box.com | https:/***@api box.com",
        "me:PASSWORD@api box.com | ***@api box.com",
        "https://me:PASS@WORD@api box.com/x | https://***@api box.com/x",
        "ht tp://api box.com | ht tp://api box.com"})
    void aUrlThatDoesNotParseIsEchoedWithoutItsUserInfo(String url, String shown) {
        BoxCheckFailure e = assertFailure(FailureKind.INVALID_PARAMETER, () -> BaseUrl.parse(url));
        assertEquals("box.baseUrl '" + shown + "' is not an http(s) URL; use https://api.box.com or the root of a"
                + " Box-compatible API.", e.getMessage());
        assertFalse(e.getMessage().contains("PASS"), e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "'https://user:pw@box.example.com/api?key=1#frag', https://box.example.com/api",
        "'http://127.0.0.1:8080/?token=abc', http://127.0.0.1:8080",
        "' https://api.box.com ', https://api.box.com",
        "'not a url?secret=1', (not an http(s) URL)",
    })
    void reportsRecordTheBaseUrlWithoutUserInfoQueryOrFragment(String raw, String recorded) {
        assertEquals(recorded, BaseUrl.redacted(raw));
    }
}
