package io.github.boxmaven.base;

import io.github.boxmaven.failure.ConfigurationFailure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sizes as users write them ({@code 1MB}, {@code 1.5 GB}, {@code 512KiB}, {@code 1048576}) and writes them back:
 * {@code KB}, {@code MB}, {@code GB} are decimal (1000, 1000², 1000³ bytes), {@code KiB}, {@code MiB}, {@code GiB}
 * binary (1024...), {@code B} or no unit bytes; the unit's case does not matter.
 */
public final class ByteSizes {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,15}(?:\\.\\d{1,6})?)\\s*([kmg]i?b|b)?");

    private ByteSizes() {}

    /** A size of at least one byte and at most {@code max} bytes; {@code why} says what the bound is. */
    public static long parse(String property, String text, long max, String why) throws ConfigurationFailure {
        String value = text == null ? "" : text.trim();
        Matcher matcher = SIZE.matcher(value.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw ConfigurationFailure.invalidParameter(property + " '" + value + "' is not a size; write a number"
                    + " and a unit, such as 1MB, 250 MB or 2GiB (KB, MB, GB are 1000, 1000² and 1000³ bytes; KiB, MiB,"
                    + " GiB 1024, 1024² and 1024³).");
        }
        String unit = matcher.group(2) == null ? "b" : matcher.group(2);
        int power = "bkmg".indexOf(unit.charAt(0)); // b 0, k 1, m 2, g 3
        BigDecimal multiplier = BigDecimal.valueOf(unit.endsWith("ib") ? 1024 : 1000).pow(power);
        BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(multiplier).setScale(0, RoundingMode.DOWN);
        if (bytes.signum() == 0) {
            throw ConfigurationFailure.invalidParameter(property + " '" + value + "' is zero; give a size of at"
                    + " least one byte, such as 1MB.");
        }
        if (bytes.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw ConfigurationFailure.invalidParameter(property + " '" + value + "' is more than " + format(max)
                    + ", " + why + "; give a smaller size.");
        }
        return bytes.longValueExact();
    }

    /** {@code 1 MB}, {@code 10.7 GB}, {@code 250 MB}, {@code 1,000 TB}, {@code 512 bytes}: decimal units, one decimal below 100. */
    public static String format(long bytes) {
        String[] units = {"KB", "MB", "GB", "TB"};
        if (bytes < 1000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        BigDecimal value = BigDecimal.valueOf(bytes);
        int unit = -1;
        while (unit < units.length - 1 && value.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            value = value.divide(BigDecimal.valueOf(1000));
            unit++;
        }
        BigDecimal shown = value.setScale(value.compareTo(BigDecimal.valueOf(100)) < 0 ? 1 : 0, RoundingMode.DOWN)
                .stripTrailingZeros();
        return String.format(Locale.ROOT, "%,d", shown.toBigInteger()) + (shown.scale() > 0
                ? shown.remainder(BigDecimal.ONE).toPlainString().substring(1) : "") + " " + units[unit];
    }
}
