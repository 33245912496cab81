package io.github.boxmaven.boxapi;

import com.google.gson.JsonObject;
import io.github.boxmaven.failure.ServerText;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * An HTTP answer read in full (bounded in size), with Box's error fields when it carries them. Its
 * headers and the text members read with {@link #text} are cleaned with {@link ServerText}: the
 * server controls them.
 */
public final class BoxResponse {
    private final String url;
    private final int status;
    private final String contentType;
    private final String body;
    private final String boxRequestIdHeader;
    private final String location;
    private final String date;
    private JsonObject json;
    private boolean parsed;

    /**
     * @param url the request's URL without query or credentials, for messages
     * @param date the {@code Date} header: the server's clock
     */
    public BoxResponse(String url, int status, String contentType, String body, String boxRequestIdHeader,
            String location, String date) {
        this.url = url;
        this.status = status;
        this.contentType = ServerText.clean(contentType);
        this.body = body == null ? "" : body;
        this.boxRequestIdHeader = ServerText.clean(boxRequestIdHeader);
        this.location = ServerText.clean(location);
        this.date = date;
    }

    /** The request's URL without query or credentials, for messages. */
    public String url() {
        return url;
    }

    public int status() {
        return status;
    }

    /** The Location header of a redirect, or null. */
    public String location() {
        return location;
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
        if (!parsed) {
            parsed = true;
            json = Json.parseObject(body);
        }
        return json;
    }

    /** A text member of the JSON body, cleaned for messages and logs ({@link ServerText}), or null. */
    public String text(String member) {
        return ServerText.clean(Json.string(json(), member));
    }

    /** Box's {@code code} field of an error body, or null. */
    public String errorCode() {
        return text("code");
    }

    /** Box's {@code message} field of an error body, or null. */
    public String errorMessage() {
        return text("message");
    }

    /**
     * The id Box support asks for, as the SDKs print it: {@code <request_id>.<box-request-id>}, or
     * whichever of the two is present, or null.
     */
    public String requestId() {
        String fromBody = text("request_id");
        String fromHeader = boxRequestIdHeader == null || boxRequestIdHeader.isEmpty() ? null : boxRequestIdHeader;
        if (fromBody != null && fromHeader != null) {
            return fromBody + "." + fromHeader;
        }
        return fromBody != null ? fromBody : fromHeader;
    }

    /** What kind of body this is, for "this does not look like the Box API" messages. */
    public String describeBody() {
        if (body.trim().isEmpty()) {
            return "an empty body";
        }
        String type = contentType == null ? "no content type" : contentType;
        if (json() == null) {
            return "a body that is not a JSON object (" + type + ")";
        }
        return "JSON without the fields of a Box user";
    }
}
