package it.scacchiera.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.App;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.MainWindow;
import it.scacchiera.ui.floormap.FloorMap;
import it.scacchiera.ui.floormap.MapExtent;
import it.scacchiera.ui.why.BrokenRule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a new user notices first, in the real window at its first-run size (1280×800) on a small solved site. */
class SmallThingsWindowTest extends FxTest {
    @TempDir
    Path dir;

    private App app;
    private Stage stage;
    private MainWindow window;
    private PlanViewModel plan;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
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

    private void siteLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> plan.siteProperty().get() != null && plan.roomProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void solve(FxRobot robot) throws Exception {
        siteLoaded();
        robot.clickOn("#solveButton");
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> plan.stateProperty().get() == SolverState.SOLVED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop();
        return bar.getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow();
    }

    private void key(FxRobot robot, KeyCode code) {
        robot.press(KeyCode.CONTROL, code).release(code, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrl0_afterZoomingIn_fitsTheRoomAgain(FxRobot robot) throws Exception {
        siteLoaded();
        FloorMap map = robot.lookup("#floorMap").queryAs(FloorMap.class);
        MapExtent fitted = map.extentProperty().get();
        robot.clickOn(map);

        key(robot, KeyCode.EQUALS);
        key(robot, KeyCode.EQUALS);
        assertTrue(map.extentProperty().get().contentWidth() > fitted.contentWidth() * 1.5);
        key(robot, KeyCode.DIGIT0);

        MapExtent after = map.extentProperty().get();
        assertEquals(fitted.contentWidth(), after.contentWidth(), 1.0);
        assertTrue(after.contentWidth() <= after.viewWidth() && after.contentHeight() <= after.viewHeight());
    }

    @Test
    void legend_explainsThePinMark(FxRobot robot) throws Exception {
        siteLoaded();

        Labeled entry = robot.lookup(".legend .label").queryAllAs(Labeled.class).stream()
                .filter(label -> label.getText().startsWith("pinned by the planner"))
                .findFirst()
                .orElseThrow();

        assertTrue(entry.getGraphic() != null, "the entry shows the map's mark");
    }

    @Test
    void remoteList_pinnedWorker_showsTheNameAndAPinDrawnAsAShape(FxRobot robot) throws Exception {
        solve(robot);
        String operator =
                plan.shownProperty().get().operators().values().iterator().next();

        robot.interact(() -> plan.moveToRemote(operator)); // a manual change: pinned

        @SuppressWarnings("unchecked")
        ListCell<Object> cell = robot.lookup(".remote-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty())
                .findFirst()
                .orElseThrow();
        String name = plan.siteProperty().get().operators().stream()
                .filter(o -> o.id().equals(operator))
                .findFirst()
                .orElseThrow()
                .name();
        assertEquals(name, cell.getText());
        assertInstanceOf(SVGPath.class, cell.getGraphic());
        assertFalse(
                cell.getText().contains("\uFFFD") || cell.getText().codePoints().anyMatch(c -> c > 0xFFFF));
    }

    @Test
    void planMenu_undoRedo_followTheHistoryAndCtrlZUndoes(FxRobot robot) throws Exception {
        solve(robot);
        MenuItem undo = menuItem("planUndoItem");
        MenuItem redo = menuItem("planRedoItem");
        assertTrue(undo.isDisable() && redo.isDisable(), "nothing to undo after a solve");
        String operator =
                plan.shownProperty().get().operators().values().iterator().next();
        robot.interact(() -> plan.moveToRemote(operator));
        assertFalse(undo.isDisable());
        assertEquals("Undo change", undo.getText());

        robot.clickOn(robot.lookup("#floorMap").queryAs(FloorMap.class));
        key(robot, KeyCode.Z);

        assertTrue(plan.remote().isEmpty(), "Ctrl+Z undid the move");
        assertTrue(undo.isDisable());
        assertFalse(redo.isDisable());
        key(robot, KeyCode.Y);
        assertEquals(1, plan.remote().size());
    }

    @Test
    void statusMessage_noPlanYet_goesOnceThePlanIsSolved(FxRobot robot) throws Exception {
        siteLoaded();
        robot.clickOn("Plan").clickOn("Mark absent…");
        assertEquals(
                "No plan to change yet: solve first, or wait for the solve to end",
                window.model().statusProperty().get());

        solve(robot);

        assertEquals("", window.model().statusProperty().get());
    }

    @Test
    void whyPanel_inASplitTallerThanBefore_namesPeopleAndRooms(FxRobot robot) throws Exception {
        solve(robot);
        SplitPane split = robot.lookup("#whySplit").queryAs(SplitPane.class);
        Node why = split.getItems().get(1);
        Map<DeskId, String> seated = plan.shownProperty().get().operators();
        DeskId[] move =
                PlanViewModelTest.freeDeskNextToOther(plan.roomProperty().get(), seated);

        robot.interact(() -> plan.moveToDesk(seated.get(move[0]), move[1]));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.panels().why().shown().stream()
                .map(BrokenRule::name)
                .anyMatch("Neighbouring desks occupied at once"::equals));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(why.getLayoutBounds().getHeight() > 200, "why panel " + why.getLayoutBounds());
        String reason = robot.lookup(".why-tree .reason").queryAllAs(TreeCell.class).stream()
                .map(TreeCell::getText)
                .filter(text -> text != null && text.contains("Sala"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                reason.contains("Anna Bianchi")
                        || reason.contains("Bruno Conti")
                        || reason.contains("Carla Dini")
                        || reason.contains("Dario Esposito"),
                reason);
        assertFalse(reason.matches(".*\\bOP\\d.*"), reason);
    }

    @Test
    void operatorsAndRemotePanels_atTheFirstRunSize_cutNothingOff(FxRobot robot) throws Exception {
        solve(robot);
        robot.clickOn("Operators");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup(".operators").queryAs(TableView.class);
        double shown = table.getVisibleLeafColumns().stream()
                .mapToDouble(TableColumn::getWidth)
                .sum();
        assertEquals(1280, stage.getScene().getWidth(), 1);
        assertTrue(shown <= table.getWidth(), shown + " > " + table.getWidth());
        assertTrue(
                table.getVisibleLeafColumns().stream().anyMatch(c -> c.getText().equals("Today")));
        boolean remoteScrollsSideways = robot.lookup(".remote-list .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible());
        assertFalse(remoteScrollsSideways);
    }

    @Test
    void helpMenu_listsKeysAndFileFormats(FxRobot robot) throws Exception {
        siteLoaded();

        robot.clickOn("Help");

        robot.lookup("Keys and mouse").query();
        robot.clickOn("File formats");
        robot.lookup("Site files: what Scacchiera reads and writes").query();
    }
}
