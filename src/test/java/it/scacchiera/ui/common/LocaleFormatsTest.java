package it.scacchiera.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Numbers and dates follow the window's language, not the machine's: here the machine is American. */
class LocaleFormatsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 14);
    private Locale machine;

    @BeforeEach
    void americanMachine() {
        machine = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(machine);
    }

    @Test
    void format_italianBundle_groupsThousandsWithADot() {
        var italian = Bundles.load(Bundles.ITALIAN);

        String text = Messages.format(italian, "rooms.capacity.bound", 1120, 1500);

        assertEquals("1.120 (≤ 1.500)", text);
    }

    @Test
    void format_englishBundle_groupsThousandsWithAComma() {
        var english = Bundles.load(Bundles.ENGLISH);

        String text = Messages.format(english, "status.coverage", 1020, 1100);

        assertEquals("Coverage 1,020/1,100", text);
    }

    @Test
    void ofStored_italian_wordsTheLevelsAndGroupsThousands() {
        var italian = Bundles.load(Bundles.ITALIAN);

        String text = ScoreText.ofStored(italian, "0hard/-5medium/-8861soft");

        assertEquals("0 vincoli / -5 servizio / -8.861 preferenze", text);
    }

    @Test
    void ofStored_notAScore_staysAsWritten() {
        var english = Bundles.load(Bundles.ENGLISH);

        String text = ScoreText.ofStored(english, "n/a");

        assertEquals("n/a", text);
    }

    @Test
    void converter_italian_writesDayFirstAndReadsUnpaddedDates() {
        var converter = DateField.converter(Bundles.ITALIAN);

        String shown = converter.toString(DAY);
        LocalDate typed = converter.fromString("1/2/2026");

        assertEquals("14/12/2026", shown);
        assertEquals(LocalDate.of(2026, 2, 1), typed);
    }

    @Test
    void converter_english_writesMonthFirst() {
        var converter = DateField.converter(Bundles.ENGLISH);

        String shown = converter.toString(DAY);

        assertEquals("12/14/2026", shown);
        assertEquals(DAY, converter.fromString(shown));
    }

    @Test
    void formatter_englishBundlesLocale_writesMonthFirst() {
        var english = Bundles.load(Bundles.ENGLISH); // the root bundle: its locale has no language

        String shown = DateField.formatter(english.getLocale()).format(DAY);

        assertEquals("12/14/2026", shown);
    }
}
