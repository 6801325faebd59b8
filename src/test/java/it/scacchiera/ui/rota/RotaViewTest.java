package it.scacchiera.ui.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.print.PdfPrint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rota tab on a loaded plan: edits from the cell's menu, the live score, coverage, undo, filters, CSV. */
class RotaViewTest extends FxTest {
    @TempDir
    static Path dir;

    private PlanViewModel plan;
    private RotaViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path site = Files.createTempDirectory(dir, "site");
        plan = RotaSite.opened(site);
        model = new RotaViewModel(plan);
        stage.setScene(new Scene(
                RotaView.load(
                        model,
                        Bundles.load(Bundles.ENGLISH),
                        new PdfPrint(Bundles.load(Bundles.ENGLISH), Runnable::run, message -> {})),
                1200,
                600));
        stage.show();
    }

    @Test
    void setOff_fromTheCellMenu_updatesScoreAndCoverageAndUndoRestores(FxRobot robot) {
        var before = plan.scoreProperty().get();
        String scoreBefore = robot.lookup(".rota-score").queryAs(Label.class).getText();

        openMenu(robot, cell(robot, "OP1", RotaSite.MONDAY));
        robot.clickOn(".rota-set-off");

        assertTrue(plan.scoreProperty().get().mediumScore() < before.mediumScore(), plan.scoreProperty()::toString);
        assertNotEquals(
                scoreBefore, robot.lookup(".rota-score").queryAs(Label.class).getText());
        assertEquals(new CoverageLine(RotaSite.MONDAY, "M", "COMM", 2, 1), line(RotaSite.MONDAY, "M"));
        assertEquals("1", shortText(robot, 0));
        assertEquals(RotaCell.Kind.OFF, cellOf("OP1", 0).kind());
        assertTrue(cellOf("OP1", 0).pinned());
        robot.interact(plan::undo);
        assertEquals(before, plan.scoreProperty().get());
        assertEquals(new CoverageLine(RotaSite.MONDAY, "M", "COMM", 2, 2), line(RotaSite.MONDAY, "M"));
        assertEquals(RotaCell.Kind.OFFICE, cellOf("OP1", 0).kind());
    }

    @Test
    void setShift_onAnOfficeOperator_movesThemToTheShiftAtAFreeDesk(FxRobot robot) {
        openMenu(robot, cell(robot, "OP2", RotaSite.TUESDAY));
        robot.clickOn(".rota-set-shift-P");

        RotaCell now = cellOf("OP2", 1);
        assertEquals(RotaCell.Kind.OFFICE, now.kind());
        assertEquals("P", now.shift());
        assertEquals(new CoverageLine(RotaSite.TUESDAY, "P", "COMM", 1, 2), line(RotaSite.TUESDAY, "P"));
        assertEquals(new CoverageLine(RotaSite.TUESDAY, "M", "COMM", 2, 1), line(RotaSite.TUESDAY, "M"));
        robot.interact(plan::undo);
        assertEquals("M", cellOf("OP2", 1).shift());
    }

    @Test
    void unavailable_operatorOnALeaveDay_showsUnavailable() {
        assertEquals(RotaCell.Kind.UNAVAILABLE, cellOf("OP3", 1).kind());
        assertEquals(RotaCell.Kind.OFF, cellOf("OP3", 0).kind());
    }

    @Test
    void filter_remoteOnlyAndSearch_narrowRows(FxRobot robot) {
        robot.clickOn(".rota-remote");

        assertEquals(1, table(robot).getItems().size());
        assertTrue(robot.lookup(".rota-remote").queryAs(CheckBox.class).isSelected());
        robot.clickOn(".rota-remote");
        robot.clickOn(".rota-search").write("bru");
        assertEquals(1, table(robot).getItems().size());
        assertEquals("OP2", model.rows().get(0).operator().id());
    }

    @Test
    void exportCsv_writesHeaderAndARowPerOperator() throws Exception {
        Path file = dir.resolve("rota.csv");

        model.exportCsv(file);

        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(
                "operator_id,operator_name,team,employer,2026-11-23,2026-11-24,2026-11-25,2026-11-26,"
                        + "2026-11-27,2026-11-28,2026-11-29",
                lines.get(0));
        assertEquals(
                "OP1,Anna Bianchi,Blu,in-house,M sala/B2,M sala/B2,M sala/B2,M sala/B2,M sala/B2,off,off",
                lines.get(1));
        assertEquals("OP3,Carla Dini,Blu,in-house,off,unavailable,off,off,off,off,off", lines.get(3));
        assertEquals(5, lines.size());
    }

    /** Monocle's robot sends no context-menu request on a right click: send the one a desktop sends. */
    private static void openMenu(FxRobot robot, TableCell<RotaRow, RotaCell> cell) {
        robot.interact(() -> {
            var at = cell.localToScreen(cell.getBoundsInLocal());
            cell.fireEvent(new ContextMenuEvent(
                    ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, at.getMinX() + 5, at.getMinY() + 5, false, null));
        });
    }

    private TableView<?> table(FxRobot robot) {
        return robot.lookup(".rota-table").queryAs(TableView.class);
    }

    private RotaCell cellOf(String operatorId, int day) {
        return model.rows().stream()
                .filter(row -> row.operator().id().equals(operatorId))
                .findFirst()
                .orElseThrow()
                .cells()
                .get(day);
    }

    private CoverageLine line(LocalDate date, String shift) {
        return model.coverage().stream()
                .filter(l -> l.date().equals(date) && l.shift().equals(shift))
                .findFirst()
                .orElseThrow();
    }

    private static String shortText(FxRobot robot, int row) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".rota-short-cell").queryAll().stream()
                .map(node -> (TableCell<?, ?>) node)
                .filter(c -> c.getIndex() == row && c.getText() != null)
                .findFirst()
                .orElseThrow()
                .getText();
    }

    @SuppressWarnings("unchecked")
    private static TableCell<RotaRow, RotaCell> cell(FxRobot robot, String operatorId, LocalDate date) {
        return robot.lookup(".rota-cell").queryAll().stream()
                .map(node -> (TableCell<RotaRow, RotaCell>) node)
                .filter(c -> date.equals(c.getTableColumn().getUserData())
                        && c.getTableRow() != null
                        && c.getTableRow().getItem() != null
                        && c.getTableRow().getItem().operator().id().equals(operatorId))
                .findFirst()
                .orElseThrow();
    }
}
