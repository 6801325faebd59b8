package it.scacchiera.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.App;
import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.MainWindow;
import it.scacchiera.ui.Rooms;
import it.scacchiera.ui.floormap.FloorMap;
import it.scacchiera.ui.floormap.MapCell;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class EditorWindowTest extends FxTest {
    @TempDir
    Path dir;

    private App app;
    private MainWindow window;
    private EditorViewModel editor;

    @Start
    void start(Stage stage) throws Exception {
        app = new App(dir.resolve("data"));
        window = new MainWindow(app, stage, Locale.ENGLISH);
        editor = window.editor();
        window.show(Rooms.site(dir));
    }

    @AfterEach
    void closeApp(FxRobot robot) {
        robot.interact(window::close);
        app.close();
    }

    private FloorMap openSalaUno(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.model().rooms().size() == 2);
        robot.clickOn("Sala Uno");
        robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> capacity() == 2);
        return robot.lookup("#map").queryAs(FloorMap.class);
    }

    private int capacity() {
        return editor.capacityProperty().get() == null
                ? -1
                : editor.capacityProperty().get().capacity();
    }

    private void clickCell(FxRobot robot, FloorMap map, MapCell cell) {
        double[] centre = map.centreOf(cell);
        robot.clickOn(map.localToScreen(centre[0], centre[1]));
    }

    @Test
    void editor_paintDeskThenUndo_capacityFollows(FxRobot robot) throws Exception {
        FloorMap map = openSalaUno(robot);
        robot.clickOn("#brush-DESK");

        clickCell(robot, map, new MapCell(1, 5));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> capacity() == 3);
        assertEquals(CellKind.DESK, editor.graphProperty().get().floor().kind(1, 5));

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> capacity() == 2);
        assertEquals(CellKind.FLOOR, editor.graphProperty().get().floor().kind(1, 5));
    }

    @Test
    void editor_badHeaderValue_showsTheReadersPosition(FxRobot robot) throws Exception {
        openSalaUno(robot);

        robot.clickOn("#cellField").press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        robot.write("0 x 1").type(KeyCode.ENTER);

        assertTrue(
                editor.problemProperty().get().startsWith("sala-uno.floor:2:7:"),
                editor.problemProperty().get());
        robot.lookup(editor.problemProperty().get()).query(); // shown, not only kept

        robot.clickOn("#undoButton"); // in the field itself, Ctrl+Z undoes the typing

        assertEquals("", editor.problemProperty().get());
    }

    @Test
    void editor_paintThenSave_writesAFileThatReadsBackEqual(FxRobot robot) throws Exception {
        FloorMap map = openSalaUno(robot);
        robot.clickOn("#brush-SCREEN_VERTICAL");
        clickCell(robot, map, new MapCell(2, 2));
        robot.clickOn("#brush-FIXED_POST");
        clickCell(robot, map, new MapCell(2, 5));

        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);

        Floor saved = new FloorReader().read(dir.resolve("sala-uno.floor"));
        assertEquals(editor.graphProperty().get().floor(), saved);
        assertEquals("#.|..S#", saved.grid().get(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().rooms().stream()
                .anyMatch(room -> room.floor().equals(saved)));
    }
}
