package it.scacchiera.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

class OperatorListViewTest extends FxTest {
    private OperatorListViewModel model;
    private final List<String> dropped = new ArrayList<>();
    private final List<String> activated = new ArrayList<>();

    @Start
    void start(Stage stage) {
        model = new OperatorListViewModel(Operators.staff(), Map.of("sala-roma", "Sala Roma"));
        model.setOnActivate(activated::add);
        var target = new Label("drop here");
        target.setId("target");
        target.setMinSize(300, 60);
        target.setOnDragOver(event -> {
            if (event.getDragboard().hasContent(OperatorListView.OPERATOR_FORMAT)) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        target.setOnDragDropped(event -> {
            var board = event.getDragboard();
            dropped.add(board.getContent(OperatorListView.OPERATOR_FORMAT) + "|" + board.getString());
            event.setDropCompleted(true);
            event.consume();
        });
        stage.setScene(
                new Scene(new VBox(OperatorListView.load(model, Bundles.load(Bundles.ENGLISH)), target), 900, 500));
        stage.show();
    }

    private TableView<?> table(FxRobot robot) {
        return robot.lookup(".operators").queryAs(TableView.class);
    }

    @Test
    void search_typing_narrowsTheTableAsYouType(FxRobot robot) {
        robot.clickOn(".operator-search").write("bian");

        assertEquals(1, table(robot).getItems().size());
        robot.lookup("Bruno Bianchi").query();
    }

    @Test
    void teamFilter_choosingBeta_showsItsTwoOperators(FxRobot robot) {
        robot.clickOn(".team-filter");

        robot.clickOn(robot.lookup(".list-cell")
                .match(LabeledMatchers.hasText("Beta"))
                .queryLabeled());

        assertEquals(
                List.of("OP3", "OP4"),
                model.shown().stream().map(OperatorRow::id).toList());
        assertEquals(2, table(robot).getItems().size());
    }

    @Test
    void dragRow_ontoATarget_carriesTheOperatorId(FxRobot robot) {
        robot.drag("Carla Verdi").dropTo("#target");

        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("OP3|OP3"), dropped);
    }

    @Test
    void enter_onASelectedRow_activatesItsOperator(FxRobot robot) {
        robot.clickOn("Dario Neri");

        robot.type(KeyCode.ENTER);

        assertEquals("OP4", model.selectedIdProperty().get());
        assertEquals(List.of("OP4"), activated);
    }

    @Test
    void selectedId_setByTheMap_selectsTheRow(FxRobot robot) {
        robot.interact(() -> model.selectedIdProperty().set("OP2"));

        assertEquals("OP2", ((OperatorRow) table(robot).getSelectionModel().getSelectedItem()).id());
    }

    @Test
    void operatorFormat_lookedUpAgain_isTheSameFormat() {
        assertEquals(OperatorListView.OPERATOR_FORMAT, DataFormat.lookupMimeType("application/x-scacchiera-operator"));
    }

    @Test
    void todayColumn_operatorAtADesk_namesTheRoomNotItsId(FxRobot robot) {
        var atDesk = new DayState(DayState.Kind.DESK, "M", "sala-roma", new DeskId(1, 3), false);

        robot.interact(() -> model.setDayStates(Map.of("OP1", atDesk)));

        robot.lookup("M · Sala Roma B3").query();
        assertEquals(
                0,
                robot.lookup(node -> node instanceof javafx.scene.control.Labeled labeled
                                && labeled.getText() != null
                                && labeled.getText().contains("sala-roma"))
                        .queryAll()
                        .size());
    }
}
