package it.scacchiera.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates typed and shown in the window's language: 14/12/2026 in Italian, 12/14/2026 in English. A
 * DatePicker otherwise follows the machine's locale, whatever language the planner chose.
 */
public final class DateField {
    private DateField() {}

    /** English, or the root locale: the English bundle is the root one and says no language of its own. */
    private static boolean english(Locale locale) {
        return locale.getLanguage().isEmpty() || locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** How a date is written: four-digit years, day first everywhere but in English. */
    public static DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofPattern(english(locale) ? "M/d/yyyy" : "dd/MM/yyyy", locale);
    }

    /** Sets the picker's converter to the bundle's language. */
    public static void localize(DatePicker picker, ResourceBundle bundle) {
        picker.setConverter(converter(bundle.getLocale()));
    }

    /** Shows padded days and months but also reads 1/2/2026, as people type it. */
    static StringConverter<LocalDate> converter(Locale locale) {
        DateTimeFormatter shown = formatter(locale);
        DateTimeFormatter typed = DateTimeFormatter.ofPattern(english(locale) ? "M/d/yyyy" : "d/M/yyyy", locale);
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : shown.format(date);
            }

            // An unreadable date throws DateTimeParseException, as the DatePicker's own converter does.
            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), typed);
            }
        };
    }
}
