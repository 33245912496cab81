package io.github.boxmaven.boxapi;

import com.google.gson.JsonObject;
import io.github.boxmaven.failure.BoxCheckFailure;
import io.github.boxmaven.failure.BoxRefusals;
import io.github.boxmaven.failure.ServerText;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTTP answer read in full (bounded); its headers and {@link #text} members are cleaned ({@link ServerText}). */
public final class BoxResponse {
    /**
     * An auth-param of a {@code WWW-Authenticate} challenge (RFC 6750): {@code error="invalid_token"}. Possessive, so
     * that a long quoted value is matched in a loop, not by recursion that a small thread stack cannot hold.
     */
    private static final Pattern AUTH_PARAM =
            Pattern.compile("([A-Za-z_]++)=(?:\"((?:[^\"\\\\]++|\\\\.)*+)\"|([^\\s,\"]++))");

    /** The request's URL without query or credentials, for messages. */
    public final String url;
    public final int status;
    private final String contentType;
    private final String body;
    private final String boxRequestIdHeader;
    /** The Location header of a redirect, or null. */
    public final String location;
    private final String date;
    private final String challenge;
    private final JsonObject json;

    /** {@code url} without query or credentials; {@code date} and {@code challenge}: Date and WWW-Authenticate. */
    public BoxResponse(String url, int status, String contentType, String body, String boxRequestIdHeader,
            String location, String date, String challenge) {
        this.url = url;
        this.status = status;
        this.contentType = ServerText.clean(contentType);
        this.body = body == null ? "" : body;
        this.boxRequestIdHeader = ServerText.clean(boxRequestIdHeader);
        this.location = ServerText.clean(location);
        this.date = date;
        this.challenge = challenge;
        this.json = Json.parseObject(this.body);
    }

    /** The server's time by its {@code Date} header (RFC 1123), or null when it sent none that parses. */
    public Instant date() {
        if (date == null || date.length() > 64) {
            return null;
        }
        try {
            return ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The body as a JSON object, or null when it is empty, not JSON, or JSON but not an object. */
    public JsonObject json() {
        return json;
    }

    /** A text member of the JSON body, cleaned for messages and logs ({@link ServerText}), or null. */
    public String text(String member) {
        return ServerText.clean(Json.string(json(), member));
    }

    /**
     * Box's error in either of its shapes, as box-java-sdk reads both: {@code error} of {@code {error,
     * error_description}}, or {@code code} of a ClientError {@code {type, status, code, message}}; or null.
     */
    public String error() {
        return text("error") != null ? text("error") : text("code");
    }

    /** The description that goes with {@link #error()}: {@code error_description} or {@code message}; or null. */
    public String errorDescription() {
        return text("error") != null ? text("error_description") : text("message");
    }

    /** {@code error} or {@code error_description} of the WWW-Authenticate challenge (a 401 or 403 with no body). */
    public String challenge(String param) {
        Matcher matcher = AUTH_PARAM.matcher(challenge == null || challenge.length() > 1024 ? "" : challenge);
        while (matcher.find()) {
            if (matcher.group(1).equalsIgnoreCase(param)) {
                return ServerText.clean(matcher.group(2) != null ? matcher.group(2).replaceAll("\\\\(.)", "$1")
                        : matcher.group(3));
            }
        }
        return null;
    }

    /** The id Box support asks for, as the SDKs print it: {@code <request_id>.<box-request-id>}, or either, or null. */
    public String requestId() {
        String fromBody = text("request_id");
        String fromHeader = boxRequestIdHeader == null || boxRequestIdHeader.isEmpty() ? null : boxRequestIdHeader;
        return fromBody == null ? fromHeader : fromHeader == null ? fromBody : fromBody + "." + fromHeader;
    }

    /** "This does not look like the Box API": {@code HTTP 404 with an empty body}, or with what kind of body it is. */
    public BoxCheckFailure notBoxApi() {
        String kind = body.trim().isEmpty() ? "an empty body" : json != null ? "JSON without the fields of a Box user"
                : "a body that is not a JSON object (" + (contentType == null ? "no content type" : contentType) + ")";
        return BoxRefusals.notBoxApi(url, "HTTP " + status + " with " + kind, requestId());
    }
}
