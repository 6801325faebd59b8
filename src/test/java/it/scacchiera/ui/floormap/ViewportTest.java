package it.scacchiera.ui.floormap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.ui.Rooms;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViewportTest {
    @ParameterizedTest
    @ValueSource(longs = {7, 11, 19, 23, 42})
    void cellAt_anyPointOfACell_givesThatCell(long seed) {
        var random = new Random(seed);
        var view = new Viewport(
                random.nextDouble() * 200 - 100,
                random.nextDouble() * 200 - 100,
                3 + random.nextDouble() * 40,
                3 + random.nextDouble() * 40,
                800,
                600);
        for (int i = 0; i < 200; i++) {
            int row = random.nextInt(50);
            int column = random.nextInt(50);
            double x = view.left(column) + view.cellWidth() * (0.01 + 0.98 * random.nextDouble());
            double y = view.top(row) + view.cellHeight() * (0.01 + 0.98 * random.nextDouble());

            MapCell cell = view.cellAt(x, y);

            assertEquals(new MapCell(row, column), cell, "seed " + seed);
        }
    }

    @Test
    void visibleRange_gridPannedLeftAndUp_startsAtTheFirstCellInView() {
        var view = new Viewport(-95, -40, 10, 20, 100, 100);

        int firstRow = view.firstVisibleRow();
        int firstColumn = view.firstVisibleColumn();

        assertEquals(2, firstRow);
        assertEquals(9, firstColumn);
        assertEquals(6, view.lastVisibleRow(100));
        assertEquals(19, view.lastVisibleColumn(100));
        assertEquals(3, view.lastVisibleRow(4), "never past the grid");
    }

    @Test
    void deskLook_eachKindOfCell_hasItsLook() throws Exception {
        var graph = ConflictGraph.of(new FloorReader().read("sala-due.floor", Rooms.DUE));
        var occupants = Map.of(DeskId.parse("C4"), "MR");

        assertEquals(DeskLook.FREE, DeskLook.of(graph, DeskId.parse("B2"), occupants));
        assertEquals(DeskLook.UNUSABLE, DeskLook.of(graph, DeskId.parse("B3"), occupants));
        assertEquals(DeskLook.FIXED_POST, DeskLook.of(graph, DeskId.parse("B4"), occupants));
        assertEquals(DeskLook.OUT_OF_SERVICE, DeskLook.of(graph, DeskId.parse("C3"), occupants));
        assertEquals(DeskLook.OCCUPIED, DeskLook.of(graph, DeskId.parse("C4"), occupants));
        assertEquals(null, DeskLook.of(graph, DeskId.parse("A1"), occupants));
    }
}
