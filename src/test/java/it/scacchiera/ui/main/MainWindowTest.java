package it.scacchiera.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import it.scacchiera.App;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.MainWindow;
import it.scacchiera.ui.Rooms;
import it.scacchiera.ui.floormap.FloorMap;
import it.scacchiera.ui.floormap.MapCell;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest extends FxTest {
    @TempDir
    Path dir;

    private App app;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = new App(dir.resolve("data"));
        window = new MainWindow(app, stage, Locale.ENGLISH);
        window.show(Rooms.site(dir));
    }

    @AfterEach
    void closeApp(FxRobot robot) {
        robot.interact(window::close);
        app.close();
    }

    @Test
    void mainWindow_smallSite_listsRoomsAndNamesTheSite(FxRobot robot) throws Exception {
        TableView<?> rooms = robot.lookup(".rooms").queryAs(TableView.class);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rooms.getItems().size() == 2);

        robot.lookup("Sala Uno").query();
        robot.lookup("Sala Due").query();
        assertEquals("Scacchiera — " + dir.getFileName(), stage.getTitle());
    }

    @Test
    void selectRoom_click_drawsItsMap(FxRobot robot) throws Exception {
        TableView<?> rooms = robot.lookup(".rooms").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rooms.getItems().size() == 2);

        robot.clickOn("Sala Uno");

        FloorMap map = robot.lookup("#floorMap").queryAs(FloorMap.class);
        assertEquals("sala-uno", map.getGraph().floor().id());
        double[] desk = map.centreOf(MapCell.of(DeskId.parse("B2")));
        double[] wall = map.centreOf(new MapCell(0, 0));
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> map.snapshot(null, null)).get();
        assertEquals(
                Color.WHITE, image.getPixelReader().getColor((int) desk[0], (int) desk[1]), "a free desk is white");
        assertNotEquals(Color.WHITE, image.getPixelReader().getColor((int) wall[0], (int) wall[1]));
    }

    @Test
    void floorMap_arrowKeys_moveTheSelectionAndShowDetails(FxRobot robot) throws Exception {
        TableView<?> rooms = robot.lookup(".rooms").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rooms.getItems().size() == 2);
        robot.clickOn("Sala Uno");
        FloorMap map = robot.lookup("#floorMap").queryAs(FloorMap.class);
        double[] b2 = map.centreOf(new MapCell(1, 1));
        robot.clickOn(map.localToScreen(b2[0], b2[1]));

        robot.type(KeyCode.RIGHT, 2);

        assertEquals(new MapCell(1, 3), window.model().selectedCellProperty().get());
        assertEquals(
                DeskId.parse("B4"), window.model().deskDetailsProperty().get().id());
        robot.lookup("B4").query();
    }

    @Test
    void languageMenu_italian_rebuildsTheSceneKeepingTheRooms(FxRobot robot) throws Exception {
        TableView<?> before = robot.lookup(".rooms").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> before.getItems().size() == 2);

        robot.clickOn("Language").clickOn("Italiano");

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Sale", tabs.getTabs().get(0).getText());
        assertEquals(
                2, robot.lookup(".rooms").queryAs(TableView.class).getItems().size());
    }
}
