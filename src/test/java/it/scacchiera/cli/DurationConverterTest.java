package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest
    @CsvSource({
        "30s,30000",
        "2,2000",
        "500ms,500",
        "1.5s,1500",
        "0.5m,30000",
        "2 min,120000",
        "1h,3600000",
        "PT2S,2000",
        "0.0015s,1"
    })
    void convert_wholeOrDecimalAmount_givesMillis(String text, long millis) {
        Duration duration = converter.convert(text);

        assertEquals(Duration.ofMillis(millis), duration, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.s", "-1s", "s", "99999999999999999999h", "1d"})
    void convert_notADuration_failsAsConversion(String text) {
        assertThrows(TypeConversionException.class, () -> converter.convert(text));
    }
}
