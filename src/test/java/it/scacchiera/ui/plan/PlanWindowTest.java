package it.scacchiera.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.App;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.MainWindow;
import it.scacchiera.ui.floormap.FloorMap;
import it.scacchiera.ui.floormap.MapCell;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plan in the real window, headless: solve, drag, undo, pin and solve again. */
class PlanWindowTest extends FxTest {
    @TempDir
    Path dir;

    private App app;
    private MainWindow window;
    private PlanViewModel plan;

    @Start
    void start(Stage stage) throws Exception {
        app = new App(dir.resolve("data"));
        window = new MainWindow(app, stage, Locale.ENGLISH);
        plan = window.plan();
        plan.settingsProperty().set(new SolveSettings(Duration.ofSeconds(3), Set.of(), 30));
        plan.weekStartProperty().set(SmallSite.MONDAY);
        window.show(SmallSite.write(dir));
    }

    @AfterEach
    void closeApp(FxRobot robot) {
        robot.interact(window::close);
        app.close();
    }

    private void solve(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> plan.siteProperty().get() != null && plan.roomProperty().get() != null);
        robot.clickOn("#solveButton");
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> plan.stateProperty().get() == SolverState.SOLVED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D at(FxRobot robot, DeskId desk) {
        FloorMap map = robot.lookup("#floorMap").queryAs(FloorMap.class);
        double[] centre = map.centreOf(MapCell.of(desk));
        return map.localToScreen(centre[0], centre[1]);
    }

    @Test
    void solve_smallSite_reachesHardZeroAndShowsTheScore(FxRobot robot) throws Exception {
        solve(robot);

        assertEquals(0, plan.scoreProperty().get().hardScore());
        assertTrue(robot.lookup("#scoreLabel").queryAs(Label.class).getText().startsWith("Score 0 hard"));
        assertEquals(
                "Coverage 20/20",
                robot.lookup("#coverageLabel").queryAs(Label.class).getText());
        assertEquals(4, window.model().occupants().size());
    }

    @Test
    void dragOperatorNextToAnother_scoreBreaksHard_undoRestores(FxRobot robot) throws Exception {
        solve(robot);
        var before = plan.scoreProperty().get();
        Map<DeskId, String> seated = plan.shownProperty().get().operators();
        DeskId[] move =
                PlanViewModelTest.freeDeskNextToOther(plan.roomProperty().get(), seated);

        robot.drag(at(robot, move[0])).dropTo(at(robot, move[1]));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(seated.get(move[0]), plan.shownProperty().get().operators().get(move[1]));
        assertTrue(!window.model().conflicts().isEmpty());
        // the score follows from the background executor (LiveScore)
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> plan.scoreProperty().get().hardScore() < 0);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> before.equals(plan.scoreProperty().get()));
        assertEquals(seated, plan.shownProperty().get().operators());
    }

    @Test
    void dragOntoRemoteList_operatorWorksRemotely(FxRobot robot) throws Exception {
        solve(robot);
        var seated =
                plan.shownProperty().get().operators().entrySet().iterator().next();

        robot.drag(at(robot, seated.getKey())).dropTo(".remote-list");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> remote = robot.lookup(".remote-list").queryAs(ListView.class);
        assertEquals(1, remote.getItems().size());
        assertEquals(seated.getValue(), ((RemoteWorker) remote.getItems().get(0)).operatorId());
    }

    @Test
    void pinWithKeyThenSolveAgain_pinnedOperatorStaysAtTheDesk(FxRobot robot) throws Exception {
        solve(robot);
        var seated =
                plan.shownProperty().get().operators().entrySet().iterator().next();
        robot.clickOn(at(robot, seated.getKey()));

        robot.type(KeyCode.P);
        solve(robot);

        assertTrue(plan.isPinned(seated.getValue()));
        assertEquals(seated.getValue(), plan.shownProperty().get().operators().get(seated.getKey()));
        assertTrue(plan.shownProperty().get().pinned().contains(seated.getKey()));
    }

    @Test
    void dragFromOperatorList_ontoAFreeDesk_seatsThatOperator(FxRobot robot) throws Exception {
        solve(robot);
        var seated = plan.shownProperty().get().operators();
        DeskId free = plan.roomProperty().get().seats().stream()
                .map(seat -> seat.id())
                .filter(id -> !seated.containsKey(id))
                .findFirst()
                .orElseThrow();
        robot.clickOn("Operators");

        robot.drag("Anna Bianchi").dropTo(at(robot, free));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("OP1", plan.shownProperty().get().operators().get(free));
        assertTrue(plan.isPinned("OP1"));
    }

    @Test
    void whyPanel_afterABreakingMove_listsTheRuleAndSelectingItShowsTheDesk(FxRobot robot) throws Exception {
        solve(robot);
        Map<DeskId, String> seated = plan.shownProperty().get().operators();
        DeskId[] move =
                PlanViewModelTest.freeDeskNextToOther(plan.roomProperty().get(), seated);
        robot.interact(() -> plan.moveToDesk(seated.get(move[0]), move[1]));
        var why = window.panels().why();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> why.shown().stream()
                .anyMatch(rule -> rule.name().equals("Neighbouring desks occupied at once")));
        robot.interact(() -> window.model().selectedCellProperty().set(null));
        var reason = why.shown().stream()
                .filter(rule -> rule.name().equals("Neighbouring desks occupied at once"))
                .findFirst()
                .orElseThrow()
                .reasons()
                .get(0);

        robot.interact(() -> why.selectedWhyProperty().set(reason));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                MapCell.of(reason.desks().get(0)),
                window.model().selectedCellProperty().get());
        assertTrue(reason.desks().contains(move[1]));
        assertEquals(reason.when().toLocalDate(), plan.dayProperty().get());
    }
}
