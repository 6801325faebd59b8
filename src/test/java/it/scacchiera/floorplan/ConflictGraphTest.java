package it.scacchiera.floorplan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.input.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictGraphTest {
    private static ConflictGraph graph(String header, String... rows) throws InputException {
        String text = "name: Test\n" + header + "\ngrid:\n" + String.join("\n", rows) + "\n";
        return ConflictGraph.of(new FloorReader().read("test.floor", text));
    }

    private static boolean conflict(ConflictGraph graph, String a, String b) {
        return graph.conflicts(DeskId.parse(a), DeskId.parse(b));
    }

    @Test
    void of_checkerboard_sidesConflictCornersDoNot() throws InputException {
        var graph = graph("distance: checkerboard", "DD", "DD");

        assertTrue(conflict(graph, "A1", "A2"));
        assertTrue(conflict(graph, "A1", "B1"));
        assertFalse(conflict(graph, "A1", "B2"));
        assertFalse(conflict(graph, "A2", "B1"));
        assertEquals(4, graph.edgeCount());
    }

    @Test
    void of_king_sidesAndCornersConflictTwoApartDoNot() throws InputException {
        var graph = graph("distance: king", "DDD", "DDD");

        assertTrue(conflict(graph, "A1", "B2"));
        assertTrue(conflict(graph, "A2", "B1"));
        assertFalse(conflict(graph, "A1", "A3"));
        assertFalse(conflict(graph, "A1", "B3"));
    }

    @Test
    void of_kingAndCheckerboard_ignoreCellSizeAndWalls() throws InputException {
        var graph = graph("cell: 5 x 0.1\ndistance: king", "D.D", "#D#");

        assertTrue(conflict(graph, "A1", "B2"));
        assertFalse(conflict(graph, "A1", "A3"));
    }

    @Test
    void of_metricExactlyTheDistanceApart_noConflict() throws InputException {
        // 3 × 0.6 is 1.7999999999999998 in doubles: floating point would call this a conflict.
        var graph = graph("cell: 0.6 x 0.6\ndistance: 1.8 m", "D..D", "....", "....", "D...");

        assertFalse(conflict(graph, "A1", "A4"));
        assertFalse(conflict(graph, "A1", "D1"));
    }

    @Test
    void of_metricJustUnderTheDistance_conflicts() throws InputException {
        var graph = graph("cell: 0.6 x 0.6\ndistance: 1.8000001 m", "D..D", "....", "....", "D..D");

        assertTrue(conflict(graph, "A1", "A4"));
        assertTrue(conflict(graph, "A1", "D1"));
        assertFalse(conflict(graph, "A1", "D4"));
    }

    @Test
    void of_metricNonSquareCells_measuresEachAxisWithItsSize() throws InputException {
        var graph = graph("cell: 1 x 2\ndistance: 2 m", "DD.D", "D...", "DD..");

        var wider = graph("cell: 1 x 2\ndistance: 2.3 m", "DD.D", "D...", "DD..");

        assertTrue(conflict(graph, "A1", "A2"));
        assertFalse(conflict(graph, "A1", "B1"));
        assertFalse(conflict(graph, "B1", "A2"));
        assertTrue(conflict(wider, "A1", "B1"));
        assertTrue(conflict(wider, "B1", "A2"));
        assertFalse(conflict(wider, "A1", "A4"));
        assertFalse(conflict(wider, "A1", "C1"));
    }

    @Test
    void of_metricWallOrScreenBetween_blocks() throws InputException {
        var graph = graph("distance: 2.5 m", "D#D", "D|D", "D-D", "D.D");

        assertFalse(conflict(graph, "A1", "A3"));
        assertFalse(conflict(graph, "B1", "B3"));
        assertFalse(conflict(graph, "C1", "C3"));
        assertTrue(conflict(graph, "D1", "D3"));
    }

    @Test
    void of_metricDiagonalBetweenTwoWallCorners_notBlocked() throws InputException {
        // A1–B2 runs through the single point where A2 and B1 meet: it only touches their corners.
        var graph = graph("distance: 1.5 m", "D#", "#D");

        assertTrue(conflict(graph, "A1", "B2"));
    }

    @Test
    void of_metricSegmentGrazingWallCorners_notBlocked() throws InputException {
        // A1–C3 crosses B2 and touches only corners of A2, B1, B3 and C2.
        var open = graph("distance: 3 m", "D#.", "#.#", ".#D");
        var walled = graph("distance: 3 m", "D#.", "###", ".#D");

        assertTrue(conflict(open, "A1", "C3"));
        assertFalse(conflict(walled, "A1", "C3"));
    }

    @Test
    void of_metricSegmentCrossingWallInterior_blocked() throws InputException {
        // A1–B3 (slope 1/2) passes through the interior of A2 and B2.
        var graph = graph("distance: 3 m", "D#.", "..D");

        assertFalse(conflict(graph, "A1", "B3"));
    }

    @Test
    void of_metricGapInScreenRow_letsOnlyTheStraightLineThrough() throws InputException {
        var graph = graph("distance: 2.5 m", "DDD", "--.", "DDD");

        assertFalse(conflict(graph, "A1", "C1"));
        assertFalse(conflict(graph, "A2", "C2"));
        assertTrue(conflict(graph, "A3", "C3"));
        assertFalse(conflict(graph, "A2", "C3"));
        assertFalse(conflict(graph, "A3", "C2"));
    }

    @Test
    void of_metricHugeDistance_everyPairConflictsWithoutBlowingUp() throws InputException {
        var graph = graph("cell: 0.001 x 0.001\ndistance: 1000000000000 m", "D.D", "...", "D.D");

        assertEquals(6, graph.edgeCount());
    }

    @Test
    void of_deskNextToFixedPost_isNextToFixedPostAndUnusable() throws InputException {
        var graph = graph("distance: checkerboard", "DSD", "DDX");

        int a1 = graph.indexOf(DeskId.parse("A1"));
        int b1 = graph.indexOf(DeskId.parse("B1"));
        int a2 = graph.indexOf(DeskId.parse("A2"));
        assertTrue(graph.nextToFixedPost(a1));
        assertFalse(graph.usable(a1));
        assertFalse(graph.nextToFixedPost(b1));
        assertTrue(graph.usable(b1));
        assertFalse(graph.usable(a2));
        assertEquals(1, graph.fixedPostCount());
    }

    @Test
    void of_outOfServiceDesksAndFloor_areNotSeats() throws InputException {
        var graph = graph("distance: king", "DX.", "|SD");

        assertEquals(3, graph.size());
        assertEquals(-1, graph.indexOf(DeskId.parse("A2")));
        assertArrayEquals(new int[] {1}, graph.neighbours(0));
        assertArrayEquals(new int[] {0, 2}, graph.neighbours(1));
    }

    @Test
    void of_floorBuiltWithUnknownCharacter_refusedNamingTheCell() {
        Floor floor =
                new Floor("t", "T", List.of(), CellSize.DEFAULT, DistanceRule.KING, Floor.NO_LIMIT, List.of("DQ"));

        var error = assertThrows(IllegalArgumentException.class, () -> ConflictGraph.of(floor));

        assertEquals("not a grid character at A2 of t: 'Q'", error.getMessage());
    }
}
