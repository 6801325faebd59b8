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
                at(MON, "P", "14:00", "zoe", "Zoë Őrs", "roma", "B2"),
                at(MON, "P", "14:00", "nic2", "Nico Due", "roma", "D2"),
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

        new SeatingSheetPdf().write(pdf, MON, List.of(ROMA, BIG), schedule);

        int[] pages = new int[1];
        String text = text(pdf, pages);
        // big M: grid + 26 rows, then 34 more; roma M; roma P; remote; checklist 65 rows on 2 pages
        assertEquals(7, pages[0]);
        for (String expected : List.of(
                "Niccolò Fabbri",
                "?ukasz Nowak",
                "? Wei",
                "Zoë Ors",
                "HS-nic",
                "HS-zoe",
                "HS-op59",
                "Remo Casa",
                "Emo ? Tab End",
                "HS-rem",
                "D4",
                "E12",
                "HANDOVER to Zoë Ors (zoe) in P 14:00",
                "Sala Grande (big) - shift M 06:00-14:00 - 2026-11-23 (continued)")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertFalse(text.contains("Altro Giorno"));
    }

    @Test
    void write_emptyDay_remoteAndChecklistPagesOnly() throws Exception {
        Path pdf = dir.resolve("empty.pdf");

        new SeatingSheetPdf().write(pdf, MON, List.of(ROMA), List.of());

        int[] pages = new int[1];
        String text = text(pdf, pages);
        assertEquals(2, pages[0]);
        assertTrue(text.contains("Nobody works remotely on 2026-11-23."), text);
    }

    @Test
    void initials_nameOfThreeWords_firstLettersUpTo3() {
        var entry = at(MON, "M", "06:00", "x", "anna maria de luca", "roma", "B2");

        String initials = RoomGridDrawing.initials(entry);

        assertEquals("AMD", initials);
    }
}
