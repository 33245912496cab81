package io.github.boxmaven.base;

import io.github.boxmaven.failure.ConfigurationFailure;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Reads instants as users write them: ISO-8601 with {@code Z} or an offset. */
public final class Instants {
    private Instants() {}

    /** {@code 2026-11-29T10:15:00Z} or {@code 2026-11-29T11:15:00+01:00}; null or blank gives null. */
    public static Instant parseOptional(String property, String text) throws ConfigurationFailure {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw ConfigurationFailure.invalidParameter(property + " '" + value + "' is not an ISO-8601 instant. Use a value such as"
                    + " 2026-11-29T10:15:00Z or 2026-11-29T11:15:00+01:00 (with Z or an offset).");
        }
    }

    /** {@code 10:15:00Z} for today's instants, else {@code 2026-11-29T10:15:00Z}: UTC, whole seconds. */
    public static String format(Instant instant, Instant now) {
        Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
        String full = DateTimeFormatter.ISO_INSTANT.format(seconds);
        boolean sameDay = seconds.atOffset(ZoneOffset.UTC).toLocalDate()
                .equals(now.atOffset(ZoneOffset.UTC).toLocalDate());
        return sameDay ? full.substring(full.indexOf('T') + 1) : full;
    }
}
