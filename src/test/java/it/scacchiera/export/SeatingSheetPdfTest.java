package it.scacchiera.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.roster.ScheduleEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeatingSheetPdfTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private static final Floor ROMA = new Floor(
            "roma",
            "Sala Roma",
            List.of(),
            CellSize.DEFAULT,
            DistanceRule.CHECKERBOARD,
            Floor.NO_LIMIT,
            List.of("########", "#D.D.SX#", "#--|...#", "#D.D.D.#", "########"));
    private static final Floor BIG = new Floor(
            "big",
            "Sala Grande",
            List.of(),
            CellSize.DEFAULT,
            DistanceRule.CHECKERBOARD,
            Floor.NO_LIMIT,
            Collections.nCopies(12, "DDDDDDDDDDDD"));

    @TempDir
    Path dir;

    private static ScheduleEntry at(
            LocalDate date, String shift, String start, String id, String name, String room, String desk) {
        return new ScheduleEntry(
                date,
                shift,
                LocalTime.parse(start),
                LocalTime.parse(start).plusHours(8),
                id,
                name,
                "t1",
                "in-house",
                "inb",
                room,
                desk == null ? null : DeskId.parse(desk),
                "HS-" + id);
    }

    private static String text(Path pdf, int[] pages) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            pages[0] = document.getNumberOfPages();
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void write_roomsRemoteAndChecklist_pagesAndNamesReadBack() throws Exception {
        List<ScheduleEntry> schedule = new ArrayList<>(List.of(
                at(MON, "M", "06:00", "nic", "Niccolò Fabbri", "roma", "B2"),
                at(MON, "M", "06:00", "luk", "Łukasz Nowak", "roma", "D4"),
                at(MON, "M", "06:00", "wang", "王 Wei", "roma", "B4"),
                at(MON, "M", "06:00", "ste", "Ștefan Țurcanu", "roma", "D2"),
                at(MON, "P", "14:00", "zoe", "Zoë Őrs", "roma", "B2"),
                at(MON, "P", "14:00", "ngu", "Nguyễn Thị Ánh", "roma", "D2"),
                at(MON, "M", "06:00", "rem", "Remo Casa", null, null),
                at(MON, "P", "14:00", "emo", "Emo \uD83D\uDE00 Tab\tEnd", null, null),
                at(MON.plusDays(1), "M", "06:00", "other", "Altro Giorno", "roma", "B2")));
        for (int i = 0; i < 60; i++) {
            schedule.add(at(
                    MON,
                    "M",
                    "06:00",
                    "op" + i,
                    "Operator " + i,
                    "big",
                    DeskId.ofCell(i / 12, i % 12).label()));
        }
        Path pdf = dir.resolve("sheet.pdf");

        new SeatingSheetPdf(Locale.ENGLISH).write(pdf, MON, List.of(ROMA, BIG), schedule);

        int[] pages = new int[1];
        String text = text(pdf, pages).replaceAll("\\s+", " "); // cells wrap onto more lines
        // big M: grid + 26 rows, then 34 more; roma M; roma P; remote; checklist 66 rows on 2 pages
        assertEquals(7, pages[0]);
        for (String expected : List.of(
                "Niccolò Fabbri",
                "Łukasz Nowak",
                "Ștefan Țurcanu",
                "Nguyễn Thị Ánh",
                "? Wei",
                "Zoë Őrs",
                "HS-nic",
                "HS-zoe",
                "HS-op59",
                "Remo Casa",
                "Emo \uD83D\uDE00 Tab End", // DejaVu Sans draws the emoticons block too
                "HS-rem",
                "D4",
                "E12",
                "HANDOVER to Zoë Őrs, shift P 14:00",
                "HANDOVER to Nguyễn Thị Ánh, shift P 14:00",
                "Sala Grande — shift M 06:00–14:00 — Monday, November 23, 2026 (continued)")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertFalse(text.contains("Altro Giorno"));
        assertFalse(text.contains("(big)"), "rooms by name, not id");
    }

    @Test
    void write_italian_titlesAndColumnsInItalian() throws Exception {
        Path pdf = dir.resolve("it.pdf");

        new SeatingSheetPdf(Locale.ITALIAN)
                .write(pdf, MON, List.of(ROMA), List.of(at(MON, "M", "06:00", "a", "Anna Rossi", "roma", "B2")));

        String text = text(pdf, new int[1]);
        for (String expected : List.of(
                "Sala Roma — turno M 06:00–14:00 — lunedì 23 novembre 2026",
                "Postazione",
                "Operatore",
                "Cuffia",
                "Nessuno lavora da remoto lunedì 23 novembre 2026.",
                "Registro di sanificazione")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    @Test
    void write_longNameInChecklist_wrappedNotCut() throws Exception {
        String longName = "Maria Concetta Giuseppina Annunziata Bartolomeo-Castiglioni della Gherardesca";
        Path pdf = dir.resolve("long.pdf");

        new SeatingSheetPdf(Locale.ENGLISH)
                .write(pdf, MON, List.of(ROMA), List.of(at(MON, "M", "06:00", "a", longName, "roma", "B2")));

        String text = text(pdf, new int[1]).replaceAll("\\s+", " ");
        assertTrue(text.contains("della Gherardesca"), text);
        assertFalse(text.contains("..."), text);
    }

    @Test
    void write_roomShiftSelection_onlyThatRoomAndShift() throws Exception {
        List<ScheduleEntry> schedule = List.of(
                at(MON, "M", "06:00", "a", "Anna Mattina", "roma", "B2"),
                at(MON, "P", "14:00", "b", "Bruno Pomeriggio", "roma", "B2"),
                at(MON, "M", "06:00", "c", "Carla Grande", "big", "A1"));
        var out = new java.io.ByteArrayOutputStream();

        new SeatingSheetPdf(Locale.ENGLISH)
                .write(out, MON, List.of(ROMA, BIG), schedule, SheetSelection.roomShift("roma", "M"));

        try (var document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertEquals(1, document.getNumberOfPages(), text);
            assertTrue(text.contains("Anna Mattina"), text);
            assertFalse(text.contains("Bruno Pomeriggio") || text.contains("Carla Grande"), text);
        }
    }

    @Test
    void initials_nameOfThreeWords_firstLettersUpTo3() {
        var entry = at(MON, "M", "06:00", "x", "anna maria de luca", "roma", "B2");

        String initials = RoomGridDrawing.initials(entry);

        assertEquals("AMD", initials);
    }
}
