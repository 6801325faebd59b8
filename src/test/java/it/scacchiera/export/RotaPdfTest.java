package it.scacchiera.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rota printed by team, read back from the PDF with PDFBox. */
class RotaPdfTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final Floor NAPOLI = new Floor(
            "sala-napoli",
            "Sala Napoli",
            List.of(),
            CellSize.DEFAULT,
            DistanceRule.CHECKERBOARD,
            Floor.NO_LIMIT,
            List.of("#####", "#D.D#", "#####"));
    private static final List<Shift> SHIFTS = List.of(
            new Shift("M", "Mattina", LocalTime.of(8, 0), LocalTime.of(14, 0), EnumSet.allOf(DayOfWeek.class)),
            new Shift("P", "Pomeriggio", LocalTime.of(14, 0), LocalTime.of(20, 0), EnumSet.allOf(DayOfWeek.class)));

    @TempDir
    Path dir;

    private static Operator operator(String id, String name, String team, boolean remote, Set<LocalDate> unavailable) {
        return new Operator(id, name, team, "in-house", List.of("COMM"), remote, 5, Set.of(), unavailable, "HS-" + id);
    }

    private static ScheduleEntry entry(LocalDate date, String shift, Operator o, String desk) {
        LocalTime start = shift.equals("M") ? LocalTime.of(8, 0) : LocalTime.of(14, 0);
        return new ScheduleEntry(
                date,
                shift,
                start,
                start.plusHours(6),
                o.id(),
                o.name(),
                o.team(),
                o.employer(),
                "COMM",
                desk == null ? null : "sala-napoli",
                desk == null ? null : DeskId.parse(desk),
                o.headset());
    }

    private static List<LocalDate> dates(int days) {
        return MONDAY.datesUntil(MONDAY.plusDays(days)).toList();
    }

    private static List<String> pages(Path file) throws IOException {
        var texts = new ArrayList<String>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            var stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
        }
        return texts;
    }

    @Test
    void write_twoTeamsTwoWeeks_aPageGroupPerTeamWithEveryNameAndDate() throws Exception {
        var lukasz = operator("OP1", "Łukasz Nowak", "Blu", false, Set.of());
        var stefan = operator("OP2", "Ștefan Popescu", "Blu", false, Set.of());
        var anna = operator("OP3", "Anna Bianchi", "Blu", false, Set.of(MONDAY.plusDays(1)));
        var an = operator("OP4", "Nguyễn Văn An", "Verde", true, Set.of());
        var entries = new ArrayList<ScheduleEntry>();
        for (LocalDate date : dates(14)) {
            entries.add(entry(date, "M", lukasz, "B2"));
            entries.add(entry(date, "P", stefan, "B4"));
            entries.add(entry(date, "M", an, null));
        }
        var rota = new RotaPdf.Rota(
                "sample", dates(14), SHIFTS, List.of(an, stefan, anna, lukasz), List.of(NAPOLI), entries);
        Path file = dir.resolve("rota.pdf");

        new RotaPdf(Locale.ENGLISH).write(file, rota);

        List<String> pages = pages(file);
        assertEquals(4, pages.size(), "Blu and Verde, a week a page each");
        for (int page = 0; page < 4; page++) {
            String text = pages.get(page);
            boolean blu = page < 2;
            List<LocalDate> week = dates(14).subList(page % 2 * 7, page % 2 * 7 + 7);
            assertTrue(text.contains("team " + (blu ? "Blu" : "Verde")), text);
            for (LocalDate date : week) {
                assertTrue(text.contains(DAY.format(date)), date + " on page " + page + ":\n" + text);
            }
            if (blu) {
                for (String name : List.of("Łukasz Nowak", "Ștefan Popescu", "Anna Bianchi")) {
                    assertTrue(text.contains(name), name + " on page " + page + ":\n" + text);
                }
                assertTrue(text.contains("M 08:00–14:00"), text);
                assertTrue(text.contains("Sala Napoli B2"), text);
                assertTrue(text.contains("P 14:00–20:00"), text);
                assertTrue(text.contains("off"), text);
                assertFalse(text.contains("Nguyễn"), "one team a page group:\n" + text);
            } else {
                assertTrue(text.contains("Nguyễn Văn An"), text);
                assertTrue(text.contains("remote"), text);
                assertFalse(text.contains("Łukasz"), text);
            }
        }
        assertEquals(
                count(pages.get(1), "unavailable") + 1,
                count(pages.get(0), "unavailable"),
                "Anna on Tuesday of week one only, beside the legend's word");
    }

    private static int count(String text, String word) {
        return text.split(word, -1).length - 1;
    }

    @Test
    void write_longTeam_carriesOnWithDatesRepeatedAndEveryName() throws Exception {
        var operators = new ArrayList<Operator>();
        for (int i = 1; i <= 45; i++) {
            operators.add(operator("OP%02d".formatted(i), "Operatore %02d".formatted(i), "Blu", false, Set.of()));
        }
        var rota = new RotaPdf.Rota("sample", dates(7), SHIFTS, operators, List.of(NAPOLI), List.of());
        Path file = dir.resolve("rota.pdf");

        new RotaPdf(Locale.ENGLISH).write(file, rota);

        List<String> pages = pages(file);
        assertTrue(pages.size() >= 2, "45 operators do not fit one page: " + pages.size());
        assertTrue(pages.get(1).contains("(continued)"), pages.get(1));
        for (String page : pages) {
            assertTrue(page.contains(DAY.format(MONDAY)), "dates repeated on every page");
        }
        String all = String.join("\n", pages);
        for (Operator o : operators) {
            assertEquals(1, count(all, o.name()), o.name() + " once");
        }
    }

    @Test
    void write_italian_wordsAndDatesInItalian() throws Exception {
        var anna = operator("OP3", "Anna Bianchi", "", true, Set.of(MONDAY));
        var rota = new RotaPdf.Rota(
                "sample",
                dates(2),
                SHIFTS,
                List.of(anna),
                List.of(NAPOLI),
                List.of(entry(MONDAY.plusDays(1), "M", anna, null)));
        Path file = dir.resolve("turni.pdf");

        new RotaPdf(Locale.ITALIAN).write(file, rota);

        String text = pages(file).get(0);
        assertTrue(text.contains("(senza squadra)"), text);
        assertTrue(text.contains("assente"), text);
        assertTrue(text.contains("da remoto"), text);
        assertTrue(text.contains("lun 23 nov"), text);
    }
}
