package it.scacchiera.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.export.SheetSelection;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.site.SiteReader;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.plan.PlanViewModel;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Print…'s work on the sample site: what it selects, the PDF fallback, the page images a printer gets. */
class PrintActionTest extends FxTest {
    private static final LocalDate MON = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    private PlanViewModel plan;
    private final List<String> said = new ArrayList<>();

    private static ScheduleEntry row(String shift, String start, String end, String id, String name, String desk) {
        return new ScheduleEntry(
                MON,
                shift,
                LocalTime.parse(start),
                LocalTime.parse(end),
                id,
                name,
                "Rosso",
                "in-house",
                "COMM",
                "sala-roma",
                DeskId.parse(desk),
                "HS-" + id);
    }

    @BeforeEach
    void loadPlan() throws Exception {
        var site = new SiteReader().readFolder(Path.of("floorplans"));
        plan = new PlanViewModel(new PlanningService(), Runnable::run, Runnable::run);
        plan.setSite(site);
        plan.load(
                new Horizon(MON, 1),
                List.of(
                        row("M", "08:00", "14:00", "OP148", "Beatrice Rizzo", "C4"),
                        row("P", "14:00", "20:00", "OP001", "Martina Colombo", "C4")),
                List.of());
        plan.dayProperty().set(MON);
    }

    @Test
    void saveAsPdf_roomAndShiftInItalian_thatShiftOnlyAndStatusSaysWhere() throws Exception {
        var action = new PrintAction(plan, Bundles.load(Locale.ITALIAN), Runnable::run, said::add);
        Path pdf = dir.resolve("sheet.pdf");

        action.saveAsPdf(pdf, SheetSelection.roomShift("sala-roma", "M"));
        WaitForAsyncUtils.waitForFxEvents();

        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Sala Roma — turno M 08:00–14:00 — lunedì 7 dicembre 2026"), text);
            assertTrue(text.contains("Beatrice Rizzo"), text);
            assertFalse(text.contains("Martina Colombo"), text);
        }
        assertEquals(List.of("Scritto " + pdf), said);
    }

    @Test
    void render_twoPageSheet_oneA4ImagePerPage() throws Exception {
        var out = new ByteArrayOutputStream();
        new it.scacchiera.export.SeatingSheetPdf(Locale.ENGLISH)
                .write(
                        out,
                        MON,
                        plan.siteProperty().get().floors(),
                        plan.entries(),
                        SheetSelection.roomDay("sala-roma"));

        var pages = SheetImages.render(out.toByteArray(), 72);

        // Sala Roma M, Sala Roma P, the room's checklist; A4 is 595 × 842 points
        assertEquals(3, pages.size());
        assertEquals(595, pages.get(0).getWidth(), 1);
        assertEquals(842, pages.get(0).getHeight(), 1);
    }

    @Test
    void selection_eachScope_roomShiftRoomDayWholeDay() {
        assertEquals(SheetSelection.roomShift("r", "M"), PrintScope.ROOM_SHIFT.selection("r", "M"));
        assertEquals(SheetSelection.roomDay("r"), PrintScope.ROOM_DAY.selection("r", "M"));
        assertEquals(SheetSelection.WHOLE_DAY, PrintScope.WHOLE_DAY.selection("r", "M"));
        assertEquals(SheetSelection.WHOLE_DAY, PrintScope.ROOM_SHIFT.selection(null, "M"));
    }
}
