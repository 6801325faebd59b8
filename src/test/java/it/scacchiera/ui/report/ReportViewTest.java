package it.scacchiera.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.export.ServiceLevelCsvWriter;
import it.scacchiera.floorplan.Capacity;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.main.RoomSummary;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.print.PdfPrint;
import it.scacchiera.ui.rota.RotaSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The service-level tab on a loaded plan: the chart's series, the totals, the rooms and the CSV. */
class ReportViewTest extends FxTest {
    @TempDir
    static Path dir;

    private PlanViewModel plan;
    private ReportViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        plan = RotaSite.opened(Files.createTempDirectory(dir, "site"));
        var room = plan.siteProperty().get().rooms().get(0);
        var rooms = FXCollections.observableArrayList(
                new RoomSummary(room, Capacity.compute(room, java.time.Duration.ofSeconds(5)), List.of()));
        model = new ReportViewModel(plan, rooms);
        stage.setScene(new Scene(
                ReportView.load(
                        model,
                        Bundles.load(Bundles.ENGLISH),
                        new PdfPrint(Bundles.load(Bundles.ENGLISH), Runnable::run, message -> {})),
                1200,
                600));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void chart_service_showsRequiredAndPlannedPerDateAndShift(FxRobot robot) {
        var chart = robot.lookup(".report-chart").queryAs(BarChart.class);

        List<XYChart.Series<String, Number>> series = chart.getData();
        assertEquals(
                List.of("Required", "Planned"),
                series.stream().map(XYChart.Series::getName).toList());
        assertEquals(10, series.get(0).getData().size()); // 5 weekdays x 2 shifts
        assertEquals("Mon 23 Nov M", series.get(0).getData().get(0).getXValue());
        assertEquals(2, series.get(0).getData().get(0).getYValue());
        assertEquals(2, series.get(1).getData().get(0).getYValue());
        assertEquals(
                "Required 15, planned 15, short 0",
                robot.lookup(".report-totals").queryAs(Label.class).getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void chart_afterADayOff_plotsOneFewerPlanned(FxRobot robot) {
        robot.interact(() -> new it.scacchiera.ui.plan.DayChanges(plan)
                .place("OP1", RotaSite.MONDAY, it.scacchiera.ui.plan.Placement.OFF));

        var chart = robot.lookup(".report-chart").queryAs(BarChart.class);
        List<XYChart.Series<String, Number>> series = chart.getData();
        assertEquals(1, series.get(1).getData().get(0).getYValue());
        assertTrue(robot.lookup(".report-totals").queryAs(Label.class).getText().endsWith("short 1"));
    }

    @Test
    void rooms_showDesksAndCapacityUnderTheRule(FxRobot robot) {
        var table = robot.lookup(".report-rooms").queryAs(TableView.class);

        assertEquals(1, table.getItems().size());
        assertTrue(robot.lookup("checkerboard").tryQuery().isPresent());
        assertTrue(robot.lookup("4 (optimal)").tryQuery().isPresent());
    }

    @Test
    void exportCsv_writesTheReportHeaderAndRows() throws Exception {
        Path file = dir.resolve("report.csv");

        model.exportCsv(file);

        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(String.join(",", ServiceLevelCsvWriter.HEADER), lines.get(0));
        assertEquals("2026-11-23,M,COMM,2,2,0,0,,,,,,", lines.get(1));
        assertEquals(11, lines.size());
    }
}
