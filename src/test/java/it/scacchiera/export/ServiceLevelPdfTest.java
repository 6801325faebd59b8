package it.scacchiera.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.Capacity;
import it.scacchiera.report.ServiceLevelReport;
import it.scacchiera.report.ServiceLevelRow;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.SiteZone;
import it.scacchiera.site.Site;
import it.scacchiera.site.SiteReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service-level PDF for the client holds the report's aggregates, the same as the CSV, and nobody's name. */
class ServiceLevelPdfTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    @TempDir
    Path dir;

    /** The sample site, a few operators planned on Monday, half in the office and half remote. */
    private static List<ScheduleEntry> schedule(Site site) {
        var entries = new ArrayList<ScheduleEntry>();
        var operators = site.operators();
        for (int i = 0; i < 60; i++) {
            var o = operators.get(i);
            String shift = i % 2 == 0 ? "M" : "P";
            var s = site.shiftsByCode().get(shift);
            String service = o.skills().get(0);
            boolean remote = i % 3 == 0;
            entries.add(new ScheduleEntry(
                    MONDAY,
                    shift,
                    s.start(),
                    s.end(),
                    o.id(),
                    o.name(),
                    o.team(),
                    o.employer(),
                    service,
                    remote ? null : "sala-roma",
                    remote ? null : it.scacchiera.floorplan.DeskId.parse("B" + (i + 2)),
                    o.headset()));
        }
        return entries;
    }

    @Test
    void write_sampleSite_everyRowsAggregatesAsTheCsvAndTheRoomsCapacity() throws Exception {
        Site site = new SiteReader().readFolder(Path.of("floorplans"));
        var horizon = new Horizon(MONDAY, 1);
        var entries = schedule(site);
        List<ServiceLevelRow> rows = new ServiceLevelReport(site.shifts(), SiteZone.DEFAULT)
                .rows(horizon, site.demand().resolveWithInputs(horizon, site.shiftsByCode()), entries);
        var rooms = site.rooms().stream()
                .filter(room -> room.floor().deskCount() < 200) // the hall's search is the rooms list's business
                .map(room ->
                        new ServiceLevelPdf.RoomCapacity(room.floor(), Capacity.compute(room, Duration.ofSeconds(5))))
                .toList();
        Path file = dir.resolve("report.pdf");

        new ServiceLevelPdf(Locale.ENGLISH).write(file, "sample", rows, rooms);

        String text;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        var csv = new StringWriter();
        new ServiceLevelCsvWriter(',').write(csv, rows);
        List<List<String>> cells = csv.toString()
                .lines()
                .skip(1)
                .map(line -> List.of(line.split(",", -1)))
                .toList();
        assertEquals(rows.size(), cells.size());
        List<String> lines = text.lines().toList();
        for (int i = 0; i < rows.size(); i++) {
            List<String> c = cells.get(i);
            ServiceLevelRow row = rows.get(i);
            // date shift service required office remote short calls aht target planned-SL ASA, as the CSV says
            String expected = String.join(
                            " ",
                            DAY.format(row.date()),
                            c.get(1),
                            c.get(2),
                            c.get(3),
                            c.get(4),
                            c.get(5),
                            c.get(6),
                            c.get(7),
                            c.get(8),
                            c.get(9).isEmpty() ? "" : c.get(9) + "% in " + c.get(10) + " s",
                            c.get(11),
                            c.get(12))
                    .replaceAll(" +", " ")
                    .strip();
            assertTrue(lines.contains(expected), "row " + i + ": " + expected + "\n" + text);
        }
        var totals = it.scacchiera.report.ServiceLevelTotals.of(rows);
        assertTrue(
                text.contains("Total: required " + totals.required() + ", planned " + totals.planned() + ", short "
                        + totals.shortfall()),
                text);
        for (var room : rooms) {
            String capacity = room.capacity().capacity() + (room.capacity().optimal() ? " (optimal)" : " (best found");
            assertTrue(
                    text.contains(room.floor().name() + " checkerboard "
                                    + room.capacity().desks() + " " + capacity)
                            || text.contains(room.floor().name())
                                    && text.contains(" " + room.capacity().desks() + " " + capacity),
                    room.floor().name() + "\n" + text);
        }
        for (ScheduleEntry e : entries) {
            assertFalse(text.contains(e.operatorName()), "no operator named: " + e.operatorName());
            assertFalse(text.contains(e.operatorId()), "no operator id: " + e.operatorId());
        }
    }

    @Test
    void write_italian_decimalCommaAndItalianWords() throws Exception {
        Site site = new SiteReader().readFolder(Path.of("floorplans"));
        var horizon = new Horizon(MONDAY, 1);
        List<ServiceLevelRow> rows = new ServiceLevelReport(site.shifts(), SiteZone.DEFAULT)
                .rows(horizon, site.demand().resolveWithInputs(horizon, site.shiftsByCode()), schedule(site));
        Path file = dir.resolve("report.pdf");

        new ServiceLevelPdf(Locale.ITALIAN).write(file, "sample", rows, List.of());

        String text;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("Livelli di servizio"), text);
        assertTrue(text.contains("Mancanti"), text);
        assertTrue(text.contains("lun 7 dic 2026"), text);
    }
}
