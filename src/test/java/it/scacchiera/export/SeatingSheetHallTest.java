package it.scacchiera.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.roster.ScheduleEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The 1,120-desk hall of the sample site: every occupied desk labelled, readable, every name printed. */
class SeatingSheetHallTest {
    private static final LocalDate MON = LocalDate.of(2026, 12, 7);
    private static final List<String> NAMES = List.of(
            "Łukasz Wiśniewski", "Ștefan Țărănescu", "Nguyễn Văn Đức", "Zoë Őrsi", "Ğül Şahin", "Αλέξης Παππάς");

    /** The text of a document and the smallest font size any character was drawn at. */
    static final class Reading extends PDFTextStripper {
        float smallest = Float.MAX_VALUE;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                smallest = Math.min(smallest, position.getFontSizeInPt());
            }
            super.writeString(text, positions);
        }
    }

    @Test
    void write_hallWithEveryOtherDeskTaken_idsAndNamesOnTheSheetAtReadableSize() throws Exception {
        Floor hall = new FloorReader().read(Path.of("floorplans", "salone-bologna.floor"));
        List<ScheduleEntry> schedule = new ArrayList<>();
        for (int r = 0; r < hall.rows(); r++) {
            for (int c = 0; c < hall.grid().get(r).length(); c++) {
                if (hall.kind(r, c) == CellKind.DESK && (r + c) % 2 == 0) {
                    int n = schedule.size();
                    schedule.add(entry(DeskId.ofCell(r, c), "op" + n, NAMES.get(n % NAMES.size()) + " " + n));
                }
            }
        }
        var out = new ByteArrayOutputStream();

        new SeatingSheetPdf(Locale.ENGLISH).write(out, MON, List.of(hall), schedule);

        var reading = new Reading();
        String text;
        try (var document = Loader.loadPDF(out.toByteArray())) {
            text = reading.getText(document);
        }
        Map<String, Long> words = Arrays.stream(text.split("\\s+"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (ScheduleEntry e : schedule) {
            // once on the grid, once in the table (the checklist adds more)
            assertTrue(words.getOrDefault(e.desk().label(), 0L) >= 2, e.desk().label() + " labelled on the grid");
            assertTrue(text.contains(e.operatorName()), e.operatorName());
        }
        assertTrue(reading.smallest >= RoomGridDrawing.MIN_LABEL, "smallest text " + reading.smallest + " pt");
        assertTrue(text.contains("Part 6 of 6"), text.substring(0, 400));
        assertEquals(false, text.contains("?"), "every name printable");
    }

    private static ScheduleEntry entry(DeskId desk, String id, String name) {
        return new ScheduleEntry(
                MON,
                "M",
                LocalTime.of(8, 0),
                LocalTime.of(14, 0),
                id,
                name,
                "t",
                "in-house",
                "COMM",
                "salone-bologna",
                desk,
                "HS-" + id);
    }
}
