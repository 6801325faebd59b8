package it.scacchiera.export;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The seating sheet's words in one language: {@code sheet.properties} (English) or {@code sheet_it.properties}. */
final class SheetTexts {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter date;

    SheetTexts(Locale locale) {
        // no fallback to the system locale: an English sheet on an Italian machine stays English
        this.bundle = ResourceBundle.getBundle(
                "it.scacchiera.export.sheet",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(this.locale);
    }

    /** The language the sheet is written in: Italian or English. */
    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** "Monday, December 7, 2026", "lunedì 7 dicembre 2026". */
    String date(LocalDate day) {
        return date.format(day);
    }

    List<String> columns(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> get("sheet.column." + k)).toList();
    }
}
