package it.scacchiera.ui.floormap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.ui.FxTest;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Scroll bars on a room larger than the view, panning kept on screen, initials over conflict lines. */
class MapViewTest extends FxTest {
    /** A 40 × 30 hall of desks: zoomed in, far larger than the view. */
    private static final String HALL;

    static {
        var grid = new StringBuilder("name: Sala Grande\ngrid:\n");
        for (int r = 0; r < 30; r++) {
            grid.append("D".repeat(40)).append('\n');
        }
        HALL = grid.toString();
    }

    private FloorMap map;
    private ScrolledMap scrolled;

    @Start
    void start(Stage stage) throws Exception {
        map = new FloorMap();
        map.setGraph(ConflictGraph.of(new FloorReader().read("grande.floor", HALL)));
        scrolled = new ScrolledMap(map);
        stage.setScene(new Scene(scrolled, 400, 300));
        stage.sizeToScene(); // the shared stage may keep an earlier test's window size: a fitted map would refit to it
        stage.show();
    }

    private MapExtent extent() {
        WaitForAsyncUtils.waitForFxEvents();
        return map.extentProperty().get();
    }

    @Test
    void fitted_noScrollBars_zoomedIn_barsShowWhereTheViewIs(FxRobot robot) {
        assertFalse(
                scrolled.horizontalBar().isVisible() || scrolled.verticalBar().isVisible());

        robot.interact(() -> map.zoom(4));
        MapExtent zoomed = extent();

        assertTrue(
                scrolled.horizontalBar().isVisible() && scrolled.verticalBar().isVisible());
        assertEquals(
                zoomed.viewWidth() / (zoomed.contentWidth() + 2 * PanLimits.MARGIN),
                scrolled.horizontalBar().getVisibleAmount()
                        / scrolled.horizontalBar().getMax(),
                0.05
                        * scrolled.horizontalBar().getVisibleAmount()
                        / scrolled.horizontalBar().getMax());
    }

    @Test
    void scrollBar_movedToItsEnd_showsTheRoomsFarEdge(FxRobot robot) {
        robot.interact(() -> map.zoom(4));
        extent();

        robot.interact(
                () -> scrolled.horizontalBar().setValue(scrolled.horizontalBar().getMax()));

        MapExtent after = extent();
        assertEquals(after.viewWidth() - PanLimits.MARGIN, after.originX() + after.contentWidth(), 1.0);
    }

    @Test
    void pan_farAwayInAnyDirection_leavesTheRoomOnScreen(FxRobot robot) {
        var random = new Random(8);
        for (int i = 0; i < 20; i++) {
            double factor = 0.3 + 5 * random.nextDouble();
            double x = (random.nextDouble() - 0.5) * 20_000;
            double y = (random.nextDouble() - 0.5) * 20_000;

            robot.interact(() -> {
                map.zoom(factor);
                map.panTo(x, y);
            });

            MapExtent e = extent();
            String seen = "seed 8 step " + i + ": " + e;
            assertTrue(
                    e.originX() + e.contentWidth()
                            >= Math.min(e.viewWidth(), e.contentWidth()) - PanLimits.MARGIN - 1e-6,
                    seen);
            assertTrue(
                    e.originX()
                            <= Math.max(PanLimits.MARGIN, e.viewWidth() - e.contentWidth() + PanLimits.MARGIN) + 1e-6,
                    seen);
            assertTrue(
                    e.originY() + e.contentHeight()
                            >= Math.min(e.viewHeight(), e.contentHeight()) - PanLimits.MARGIN - 1e-6,
                    seen);
            assertTrue(
                    e.originY()
                            <= Math.max(PanLimits.MARGIN, e.viewHeight() - e.contentHeight() + PanLimits.MARGIN) + 1e-6,
                    seen);
            robot.interact(map::fit);
        }
    }

    @Test
    void conflictLine_acrossTwoOccupiedDesks_leavesTheirInitialsWhole(FxRobot robot) throws Exception {
        var pair = ConflictGraph.of(new FloorReader().read("pair.floor", "name: Coppia\ngrid:\n####\n#DD#\n####\n"));
        var occupants = Map.of(DeskId.parse("B2"), "MM", DeskId.parse("B3"), "WW");
        robot.interact(() -> {
            map.setGraph(pair);
            map.setOccupants(occupants);
        });
        int without = whiteIn(DeskId.parse("B2"));

        robot.interact(() -> map.setConflicts(List.of(new DeskPair(DeskId.parse("B2"), DeskId.parse("B3")))));
        int with = whiteIn(DeskId.parse("B2"));

        assertTrue(without > 20, "initials drawn: " + without);
        assertTrue(with >= 0.97 * without, with + " white pixels of " + without);
    }

    /** White pixels (the initials) inside the desk's square, which is blue when occupied. */
    private int whiteIn(DeskId desk) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        double[] centre = map.centreOf(MapCell.of(desk));
        double half = (map.centreOf(new MapCell(0, 1))[0] - map.centreOf(new MapCell(0, 0))[0]) * 0.35;
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> map.snapshot(null, null)).get();
        int white = 0;
        for (int x = (int) (centre[0] - half); x < centre[0] + half; x++) {
            for (int y = (int) (centre[1] - half); y < centre[1] + half; y++) {
                Color c = image.getPixelReader().getColor(x, y);
                if (c.getRed() > 0.9 && c.getGreen() > 0.9 && c.getBlue() > 0.9) {
                    white++;
                }
            }
        }
        return white;
    }
}
