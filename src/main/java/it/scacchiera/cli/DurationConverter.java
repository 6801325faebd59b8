package it.scacchiera.cli;

import java.time.Duration;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 30s}, {@code 1.5s}, {@code 2m}, {@code 500ms}, {@code 1h}, a bare number of seconds, or ISO {@code PT30S}. */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(java.util.Locale.ROOT);
        var matcher = SIMPLE.matcher(text);
        if (matcher.matches()) {
            // decimals too (1.5s, 0.5m): whole milliseconds, rounded down
            var amount = new java.math.BigDecimal(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            long millisPerUnit =
                    switch (unit) {
                        case "ms" -> 1;
                        case "m", "min" -> 60_000;
                        case "h" -> 3_600_000;
                        default -> 1_000;
                    };
            try {
                return Duration.ofMillis(amount.multiply(java.math.BigDecimal.valueOf(millisPerUnit))
                        .setScale(0, java.math.RoundingMode.DOWN)
                        .longValueExact());
            } catch (ArithmeticException e) {
                throw new TypeConversionException("'" + value + "' is too long a duration");
            }
        }
        try {
            return Duration.parse(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (java.time.format.DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration (expected e.g. 30s, 1.5s, 2m, 500ms)");
        }
    }
}
