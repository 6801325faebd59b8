package it.scacchiera.floorplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.input.InputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §1 conflicts on hand-made rooms: exact metric boundaries, blocking, fixed posts. */
class ConflictGraphConformanceTest {
    private static ConflictGraph graph(String header, String... rows) throws InputException {
        String text = "name: Test\n" + header + "\ngrid:\n" + String.join("\n", rows) + "\n";
        return ConflictGraph.of(new FloorReader().read("test.floor", text));
    }

    private static String desks(int rows, int columns) {
        return String.join("\n", java.util.Collections.nCopies(rows, "D".repeat(columns)));
    }

    /** Pairs from A1 in a room of desks only; "no" means exactly the distance or more apart. */
    @ParameterizedTest
    @CsvSource({
        "cell: 0.6 x 0.6, distance: 1.8 m, A4, no",
        "cell: 0.6 x 0.6, distance: 1.8 m, D1, no",
        "cell: 0.6 x 0.6, distance: 1.8 m, A3, yes",
        "cell: 0.6 x 0.6, distance: 1.8 m, C3, yes",
        "cell: 0.6 x 0.6, distance: 1.8 m, B4, no",
        "cell: 0.35 x 0.35, distance: 1.05 m, A4, no",
        "cell: 0.35 x 0.35, distance: 1.05 m, C3, yes",
        "cell: 0.1 x 0.3, distance: 0.3 m, A4, no",
        "cell: 0.1 x 0.3, distance: 0.3 m, A3, yes",
        "cell: 0.1 x 0.3, distance: 0.3 m, B1, no",
        "cell: 0.1 x 0.3, distance: 0.31 m, B1, yes",
        "cell: 0.3 x 0.4, distance: 0.5 m, B2, no",
        "cell: 0.3 x 0.4, distance: 0.50001 m, B2, yes",
        "cell: 1 x 1, distance: 5 m, D5, no",
        "cell: 1 x 1, distance: 5 m, D4, yes",
        "cell: 0.7 x 0.1, distance: 2.1 m, A4, no",
        "cell: 0.7 x 0.1, distance: 0.3 m, D1, no",
    })
    void of_metricOnTheBoundary_exactComparison(String cell, String distance, String other, String conflict)
            throws InputException {
        var graph = graph(cell + "\n" + distance, desks(5, 5).split("\n"));

        boolean found = graph.conflicts(DeskId.parse("A1"), DeskId.parse(other));

        assertEquals(conflict.equals("yes"), found, cell + ", " + distance + ", A1-" + other);
    }

    @Test
    void of_metricScreenOnTheSegmentsCentreLine_blocks() throws InputException {
        var graph = graph("distance: 5 m", "D-D..", "|....", "D.|.D");

        assertFalse(graph.conflicts(DeskId.parse("A1"), DeskId.parse("A3")), "along the centre line of a '-'");
        assertFalse(graph.conflicts(DeskId.parse("A1"), DeskId.parse("C1")), "along the centre line of a '|'");
        assertFalse(graph.conflicts(DeskId.parse("C1"), DeskId.parse("C5")), "through the '|' at C3's centre");
        assertTrue(graph.conflicts(DeskId.parse("A3"), DeskId.parse("C5")), "open floor between");
    }

    @Test
    void of_metricDiagonalThroughAScreenCentre_blocks() throws InputException {
        var graph = graph("distance: 3 m", "D..", ".-.", "..D");

        assertFalse(graph.conflicts(DeskId.parse("A1"), DeskId.parse("C3")));
    }

    @Test
    void of_metricDiagonalThroughOnlyTheCornersOfScreens_conflicts() throws InputException {
        var graph = graph("distance: 3 m", "D|.", "-.|", ".-D");

        assertTrue(graph.conflicts(DeskId.parse("A1"), DeskId.parse("C3")));
    }

    @Test
    void of_kingDeskDiagonalToPost_unusableAndPostsDiagonalWarn() throws InputException {
        var graph = graph("distance: king", "S.D", ".D.", "S.D");

        assertFalse(graph.usable(graph.indexOf(DeskId.parse("B2"))));
        assertTrue(graph.usable(graph.indexOf(DeskId.parse("A3"))));
        assertTrue(FloorWarnings.of(graph.floor(), graph).isEmpty(), "A1 and C1 are two rows apart");
    }

    @Test
    void of_metricPostBehindScreen_deskStaysUsable() throws InputException {
        var graph = graph("distance: 2.5 m", "S|D", "...", "D..");

        assertTrue(graph.usable(graph.indexOf(DeskId.parse("A3"))));
        assertFalse(graph.usable(graph.indexOf(DeskId.parse("C1"))), "C1 sees S across the open floor");
    }

    @Test
    void of_hugeDistanceOverABigRoom_everyPairWithinSightConflicts() throws InputException {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            rows.add(r == 20 ? "#".repeat(39) + "." : "D".repeat(40));
        }

        var graph = graph("cell: 0.01 x 0.01\ndistance: 1000 m", rows.toArray(String[]::new));

        int desks = 39 * 40;
        assertEquals(desks, graph.size());
        // Each side of the wall is a clique; across it only segments through the gap at U40 conflict.
        long within = 800L * 799 / 2 + 760L * 759 / 2;
        assertTrue(graph.edgeCount() > within, "some pairs see each other through the gap");
        assertTrue(graph.conflicts(DeskId.parse("A40"), DeskId.parse("AN40")));
        assertFalse(graph.conflicts(DeskId.parse("A1"), DeskId.parse("AN1")));
    }
}
