package it.scacchiera.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.App;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.MainWindow;
import it.scacchiera.ui.common.Bundles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the planner saw on the wall screen at the first-run size (1280×800): menus, tabs, cut-off text. */
class WallThingsWindowTest extends FxTest {
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

    private void solve(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> plan.siteProperty().get() != null && plan.roomProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
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

    private List<String> acceleratorTexts(FxRobot robot) {
        return robot.lookup(".accelerator-text").queryAllAs(Labeled.class).stream()
                .filter(javafx.scene.Node::isVisible)
                .map(Labeled::getText)
                .toList();
    }

    @Test
    void planMenu_undoRedo_showTheirKeysAndCtrlZUndoesOneChangeOnly(FxRobot robot) throws Exception {
        solve(robot);
        List<String> operators =
                List.copyOf(plan.shownProperty().get().operators().values());
        robot.interact(() -> plan.moveToRemote(operators.get(0)));
        robot.interact(() -> plan.moveToRemote(operators.get(1)));

        robot.clickOn("Plan");
        List<String> shown = acceleratorTexts(robot);
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#floorMap");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Ctrl+Z", menuItem("planUndoItem").getAccelerator().getDisplayText());
        assertEquals("Ctrl+Y", menuItem("planRedoItem").getAccelerator().getDisplayText());
        assertTrue(shown.containsAll(List.of("Ctrl+Z", "Ctrl+Y")), shown::toString);
        assertEquals(1, plan.remote().size(), "one Ctrl+Z undoes one change, not two");
    }

    @Test
    void switchLanguage_onTheOperatorsAndRotaTabs_keepsThemInFront(FxRobot robot) throws Exception {
        solve(robot);
        robot.clickOn("Operators");
        robot.clickOn("Rota");

        robot.interact(() -> window.switchLanguage(Bundles.ITALIAN));

        var root = stage.getScene().getRoot();
        assertEquals("Operatori", selected(root, "#sideTabs"));
        assertEquals("Turni", selected(root, "#tabs"));
    }

    @Test
    void switchLanguage_afterTheSiteLoaded_saysTheStatusAgainInItalian(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.model().statusProperty().get().contains("loaded from"));
        String english = window.model().statusProperty().get();

        robot.interact(() -> window.switchLanguage(Bundles.ITALIAN));
        WaitForAsyncUtils.waitForFxEvents();

        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        assertEquals(english.replace("rooms loaded from", "sale caricate da"), bar.getText());
    }

    @Test
    void switchLanguage_afterAMessageGivenAsText_clearsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.model().statusProperty().get().contains("loaded from"));
        robot.interact(() -> window.model().say("Written week.csv"));

        robot.interact(() -> window.switchLanguage(Bundles.ITALIAN));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("", robot.lookup("#statusBar").queryAs(StatusBar.class).getText());
    }

    private static String selected(javafx.scene.Parent root, String id) {
        return ((TabPane) root.lookup(id)).getSelectionModel().getSelectedItem().getText();
    }

    @Test
    void roomsTable_italian_showsEveryHeaderWhole(FxRobot robot) throws Exception {
        solve(robot);

        robot.interact(() -> window.switchLanguage(Bundles.ITALIAN));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cut = robot.lookup(".rooms .column-header .label").queryAllAs(Labeled.class).stream()
                .filter(label -> !label.getText().equals(((Text) label.lookup(".text")).getText()))
                .map(Labeled::getText)
                .toList();
        assertEquals(List.of(), cut, "headers cut off");
        robot.lookup(".rooms .column-header .label").queryAllAs(Labeled.class).stream()
                .filter(label -> label.getText().equals("Posti"))
                .findFirst()
                .orElseThrow();
    }
}
