package it.scacchiera.floorplan.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrontierDpTest {
    private static final long NO_DEADLINE = Long.MAX_VALUE;

    static IntStream seeds() {
        return IntStream.range(0, 150);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void maximumIndependentSet_smallConnectedGraph_equalsExhaustiveSearch(int seed) {
        var random = new Random(seed);
        Graph graph = largestComponent(
                IndependentSetSolverTest.randomGraph(random, 2 + random.nextInt(20), 0.1 + random.nextDouble() * 0.4));

        int[] set = FrontierDp.maximumIndependentSet(graph, NO_DEADLINE);

        assertNotNull(set, "seed " + seed);
        assertEquals(IndependentSetSolverTest.bruteForce(graph), set.length, "seed " + seed);
        IndependentSetSolverTest.assertIndependent(graph, set, "seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void maximumIndependentSet_discRuleHall_equalsBranchAndBound(int seed) {
        var random = new Random(seed);
        Graph graph = largestComponent(discGrid(random, 3 + random.nextInt(6), 8 + random.nextInt(18)));

        int[] set = FrontierDp.maximumIndependentSet(graph, NO_DEADLINE);
        var searched = IndependentSetSolver.solve(graph, NO_DEADLINE, Integer.MAX_VALUE, true, false);

        assertNotNull(set, "seed " + seed);
        assertTrue(searched.optimal(), "seed " + seed);
        assertEquals(searched.set().length, set.length, "seed " + seed);
        IndependentSetSolverTest.assertIndependent(graph, set, "seed " + seed);
    }

    /** Cells 1 m apart conflicting under 2.5 m (a disc, not a square), ~10% of cells missing. */
    static Graph discGrid(Random random, int rows, int columns) {
        int[][] index = new int[rows][columns];
        int n = 0;
        for (int[] row : index) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextInt(10) == 0 ? -1 : n++;
            }
        }
        List<TreeSet<Integer>> adjacency = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adjacency.add(new TreeSet<>());
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                for (int dr = -2; dr <= 2; dr++) {
                    for (int dc = -2; dc <= 2; dc++) {
                        int r2 = r + dr;
                        int c2 = c + dc;
                        boolean near = (dr != 0 || dc != 0) && 4 * (dr * dr + dc * dc) < 25;
                        if (near
                                && r2 >= 0
                                && r2 < rows
                                && c2 >= 0
                                && c2 < columns
                                && index[r][c] >= 0
                                && index[r2][c2] >= 0) {
                            adjacency.get(index[r][c]).add(index[r2][c2]);
                        }
                    }
                }
            }
        }
        return new Graph(adjacency.stream()
                .map(s -> s.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new));
    }

    static Graph largestComponent(Graph graph) {
        boolean[] all = new boolean[graph.size()];
        java.util.Arrays.fill(all, true);
        int[] largest = graph.components(all).stream()
                .max((a, b) -> Integer.compare(a.length, b.length))
                .orElse(new int[0]);
        return graph.induced(largest);
    }
}
