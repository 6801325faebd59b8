package it.scacchiera.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.common.WrappingCell;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The operator table as narrow as beside the map (300 px): today's long states read whole. */
class OperatorListNarrowTest extends FxTest {
    private OperatorListViewModel model;

    @Start
    void start(Stage stage) {
        model = new OperatorListViewModel(Operators.staff(), Map.of("salone-bologna", "Salone Bologna"));
        stage.setScene(new Scene(OperatorListView.load(model, Bundles.load(Bundles.ENGLISH)), 300, 500));
        stage.show();
    }

    @Test
    void todayColumn_longStateInANarrowPane_wrapsWholeAndShowsItAsATooltip(FxRobot robot) {
        var atDesk = new DayState(DayState.Kind.DESK, "M", "salone-bologna", new DeskId(27, 12), true);
        String whole = "M · Salone Bologna AB12 · pinned";

        robot.interact(() -> model.setDayStates(Map.of("OP1", atDesk)));
        WaitForAsyncUtils.waitForFxEvents();

        WrappingCell<?> cell = robot.lookup(".operators .table-cell")
                .match(node -> node instanceof WrappingCell<?> c && whole.equals(c.getText()))
                .query();
        Text shown = (Text) cell.getGraphic();
        TableColumn<?, ?> column = cell.getTableColumn();
        assertEquals(whole, shown.getText());
        assertTrue(
                shown.getLayoutBounds().getWidth() <= column.getWidth(),
                shown.getLayoutBounds() + " in a column " + column.getWidth() + " wide");
        assertTrue(cell.getHeight() >= shown.getLayoutBounds().getHeight(), "the row grew to its second line");
        assertEquals(whole, cell.getTooltip().getText());
    }
}
