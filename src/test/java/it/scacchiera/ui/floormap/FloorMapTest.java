package it.scacchiera.ui.floormap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.Rooms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class FloorMapTest extends FxTest {
    private FloorMap map; // built in start(): a control needs the toolkit
    private final List<MapCell> painted = new ArrayList<>();
    private ConflictGraph due;

    @Start
    void start(Stage stage) throws Exception {
        map = new FloorMap();
        due = ConflictGraph.of(new FloorReader().read("sala-due.floor", Rooms.DUE));
        map.setGraph(due);
        map.setOnPaint(painted::add, () -> painted.add(null));
        stage.setScene(new Scene(map, 400, 300));
        stage.sizeToScene(); // the shared stage may keep an earlier test's window size: a fitted map would refit to it
        stage.show();
    }

    private Color pixel(MapCell cell) throws Exception {
        double[] centre = map.centreOf(cell);
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> map.snapshot(null, null)).get();
        return image.getPixelReader().getColor((int) centre[0], (int) centre[1]);
    }

    @Test
    void cellAt_centreOfEveryCell_givesThatCell() {
        for (int r = 0; r < due.floor().rows(); r++) {
            for (int c = 0; c < due.floor().columns(); c++) {
                double[] centre = map.centreOf(new MapCell(r, c));

                assertEquals(new MapCell(r, c), map.cellAt(centre[0], centre[1]));
            }
        }
    }

    @Test
    void cellAt_cornerOfTheControl_isOutsideTheGrid() {
        MapCell cell = map.cellAt(1, 1);

        assertNull(cell);
    }

    @Test
    void zoom_in_keepsTheCentreCellAndGrowsCells(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(); // laid out at its size: on a busy machine the first pulse may lag
        double x = map.getWidth() / 2;
        double y = map.getHeight() / 2;
        MapCell centre = map.cellAt(x, y);
        double before = map.centreOf(new MapCell(0, 1))[0] - map.centreOf(new MapCell(0, 0))[0];

        robot.interact(() -> map.zoom(2));

        double after = map.centreOf(new MapCell(0, 1))[0] - map.centreOf(new MapCell(0, 0))[0];
        assertEquals(2 * before, after, 1e-6);
        assertEquals(centre, map.cellAt(x, y));
    }

    @Test
    void arrows_fromTheCorner_moveWithinTheGrid(FxRobot robot) {
        robot.interact(map::requestFocus);

        robot.type(KeyCode.LEFT).type(KeyCode.DOWN, 9).type(KeyCode.RIGHT, 2);

        assertEquals(new MapCell(3, 2), map.selectedCellProperty().get());
    }

    @Test
    void paint_dragInPaintMode_paintsEachCellOnceThenEndsTheStroke(FxRobot robot) {
        robot.interact(() -> map.paintModeProperty().set(true));
        double[] from = map.centreOf(new MapCell(1, 1));
        double[] to = map.centreOf(new MapCell(1, 3));

        robot.drag(map.localToScreen(from[0], from[1]))
                .moveTo(map.localToScreen(to[0], to[1]))
                .drop();

        assertEquals(List.of(new MapCell(1, 1), new MapCell(1, 2), new MapCell(1, 3)), painted.subList(0, 3));
        assertNull(painted.get(painted.size() - 1));
    }

    @Test
    void paint_occupantsAndUnusable_drawnDifferentlyFromFree(FxRobot robot) throws Exception {
        // Sala Due: B2 B3 desks, B4 the S post; C2 desk, C3 out of service, C4 desk; king rule
        Color free = pixel(MapCell.of(DeskId.parse("C2")));

        robot.interact(() -> map.setOccupants(Map.of(DeskId.parse("C2"), "MR")));

        assertEquals(Color.WHITE, free);
        assertNotEquals(free, pixel(MapCell.of(DeskId.parse("C2"))));
        assertNotEquals(free, pixel(MapCell.of(DeskId.parse("B3"))), "B3 is next to the S post: unusable");
    }

    @Test
    void pattern_toggledOn_marksThePatternDesks(FxRobot robot) throws Exception {
        robot.interact(() -> map.setPattern(Set.of(DeskId.parse("C2"))));
        Color off = pixel(MapCell.of(DeskId.parse("C2")));

        robot.interact(() -> map.showPatternProperty().set(true));

        assertNotEquals(off, pixel(MapCell.of(DeskId.parse("C2"))));
    }

    @Test
    void setConflicts_twoDesks_drawsARedLineBetweenThem(FxRobot robot) throws Exception {
        double[] b2 = map.centreOf(MapCell.of(DeskId.parse("B2")));
        int x = (int) b2[0];
        int y = (int) b2[1] + 3; // within the first dash, which starts at B2's centre

        robot.interact(() -> map.setConflicts(List.of(new DeskPair(DeskId.parse("B2"), DeskId.parse("C2")))));

        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> map.snapshot(null, null)).get();
        Color line = image.getPixelReader().getColor(x, y);
        assertEquals(1.0, line.getRed(), 0.25, "red: " + line);
        assertEquals(0.2, line.getGreen(), 0.25, "red: " + line);
    }

    @Test
    void wheel_up_zoomsInAboutThePointer(FxRobot robot) {
        double[] b2 = map.centreOf(new MapCell(1, 1));
        robot.moveTo(map.localToScreen(b2[0], b2[1]));
        double before = map.centreOf(new MapCell(0, 1))[0] - map.centreOf(new MapCell(0, 0))[0];

        robot.scroll(javafx.geometry.VerticalDirection.UP);

        double after = map.centreOf(new MapCell(0, 1))[0] - map.centreOf(new MapCell(0, 0))[0];
        assertNotEquals(before, after);
        assertEquals(new MapCell(1, 1), map.cellAt(b2[0], b2[1]), "the cell under the pointer stays under it");
    }
}
