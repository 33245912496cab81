package io.github.boxmaven.base;

import io.github.boxmaven.failure.ConfigurationFailure;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as users write them ({@code 500ms}, {@code 90s}, {@code 1h30m}, {@code PT10M}) and writes them back. */
public final class Durations {
    private static final Pattern COMPACT =
            Pattern.compile("(?:(\\d{1,9})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?(?:(\\d{1,9})ms)?");

    /** No duration the plugin takes is longer: far beyond any token's life, far inside what instants can add. */
    public static final Duration MAX = Duration.ofDays(366);

    private Durations() {}

    /** A duration that must not be negative; {@code property} names the parameter in a failure. */
    public static Duration parse(String property, String text) throws ConfigurationFailure {
        String value = text == null ? "" : text.trim();
        String upper = value.toUpperCase(Locale.ROOT);
        Duration duration = upper.startsWith("P") ? parseIso(upper)
                : parseCompact(value.toLowerCase(Locale.ROOT).replace(" ", ""));
        if (duration == null) {
            throw ConfigurationFailure.notADuration(property, value);
        }
        if (duration.isNegative()) {
            throw ConfigurationFailure.invalidParameter(property + " '" + value + "' is negative; give a duration of zero or more.");
        }
        if (duration.compareTo(MAX) > 0) {
            throw ConfigurationFailure.invalidParameter(property + " '" + value + "' is longer than a year, more than any Box token"
                    + " lives; give a shorter duration.");
        }
        return duration;
    }

    /** Like {@link #parse} but zero is refused too: for timeouts, where zero would mean "wait for ever". */
    public static Duration parsePositive(String property, String text) throws ConfigurationFailure {
        Duration duration = parse(property, text);
        if (duration.isZero()) {
            throw ConfigurationFailure.invalidParameter(property + " '" + text.trim() + "' must be more than zero.");
        }
        return duration;
    }

    /** Null when {@code value} is not an ISO-8601 duration, or one too long for a {@link Duration}. */
    private static Duration parseIso(String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    /** Null when {@code value} is empty or not {@code 1h30m}-like. */
    private static Duration parseCompact(String value) {
        Matcher matcher = COMPACT.matcher(value);
        if (!matcher.matches() || value.isEmpty()) {
            return null;
        }
        Duration duration = Duration.ZERO;
        ChronoUnit[] units = {ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS, ChronoUnit.MILLIS};
        for (int i = 0; i < units.length; i++) {
            duration = matcher.group(i + 1) == null ? duration : duration.plus(Long.parseLong(matcher.group(i + 1)),
                    units[i]);
        }
        return duration;
    }

    /** {@code 4m 10s}, {@code 42m}, {@code 1h 5m}, {@code 500ms}, {@code 0s}: from 1 s up to the nearest second. */
    public static String format(Duration duration) {
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        long totalSeconds = duration.getSeconds() + (duration.getSeconds() > 0 && duration.getNano() >= 500_000_000 ? 1 : 0);
        if (totalSeconds == 0) {
            long millis = duration.toMillis();
            return millis == 0 ? "0s" : millis + "ms";
        }
        long hours = totalSeconds / 3600;
        long minutes = (totalSeconds % 3600) / 60;
        long seconds = totalSeconds % 60;
        StringJoiner out = new StringJoiner(" ");
        if (hours > 0) {
            out.add(hours + "h");
        }
        if (minutes > 0) {
            out.add(minutes + "m");
        }
        if (seconds > 0 && hours == 0) {
            out.add(seconds + "s");
        }
        return out.toString();
    }
}
