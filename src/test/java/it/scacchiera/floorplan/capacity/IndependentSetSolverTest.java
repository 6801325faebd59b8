package it.scacchiera.floorplan.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IndependentSetSolverTest {
    private static final long NO_DEADLINE = Long.MAX_VALUE;

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void solve_randomBipartiteGridGraph_generalSearchEqualsKonig(int seed) {
        var random = new Random(seed);
        Graph graph = gridGraph(random, 4 + random.nextInt(12), 4 + random.nextInt(12), false);

        var konig = IndependentSetSolver.solve(graph, NO_DEADLINE, Integer.MAX_VALUE, true, true);
        var general = IndependentSetSolver.solve(graph, NO_DEADLINE, Integer.MAX_VALUE, false, true);

        assertNotNull(graph.twoColouring(), "seed " + seed);
        assertEquals(konig.set().length, general.set().length, "seed " + seed);
        assertTrue(general.optimal(), "seed " + seed);
        assertIndependent(graph, konig.set(), "seed " + seed);
        assertIndependent(graph, general.set(), "seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void solve_randomGraph_equalsExhaustiveSearch(int seed) {
        var random = new Random(seed);
        Graph graph = randomGraph(random, 1 + random.nextInt(22), 0.05 + random.nextDouble() * 0.4);

        var outcome = IndependentSetSolver.solve(graph, NO_DEADLINE, Integer.MAX_VALUE);

        assertEquals(bruteForce(graph), outcome.set().length, "seed " + seed);
        assertEquals(outcome.set().length, outcome.upperBound(), "seed " + seed);
        assertTrue(outcome.optimal(), "seed " + seed);
        assertIndependent(graph, outcome.set(), "seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void solve_randomKingGridWithHoles_upperBoundOfExpiredSearchIsSound(int seed) {
        var random = new Random(seed);
        Graph graph = gridGraph(random, 6 + random.nextInt(10), 6 + random.nextInt(10), true);

        var exact = IndependentSetSolver.solve(graph, NO_DEADLINE, Integer.MAX_VALUE);
        var expired = IndependentSetSolver.solve(graph, 0, Integer.MAX_VALUE);

        assertTrue(exact.optimal(), "seed " + seed);
        assertTrue(expired.upperBound() >= exact.set().length, "seed " + seed);
        assertTrue(expired.set().length <= exact.set().length, "seed " + seed);
        assertIndependent(graph, expired.set(), "seed " + seed);
    }

    /** A grid with ~15% of cells missing; 4-neighbour (bipartite) or 8-neighbour (king) adjacency. */
    static Graph gridGraph(Random random, int rows, int columns, boolean king) {
        int[][] index = new int[rows][columns];
        int n = 0;
        for (int[] row : index) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextInt(100) < 15 ? -1 : n++;
            }
        }
        List<TreeSet<Integer>> adjacency = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adjacency.add(new TreeSet<>());
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        boolean step = king ? (dr != 0 || dc != 0) : Math.abs(dr) + Math.abs(dc) == 1;
                        int r2 = r + dr;
                        int c2 = c + dc;
                        if (step
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

    static Graph randomGraph(Random random, int n, double density) {
        List<TreeSet<Integer>> adjacency = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adjacency.add(new TreeSet<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < density) {
                    adjacency.get(i).add(j);
                    adjacency.get(j).add(i);
                }
            }
        }
        return new Graph(adjacency.stream()
                .map(s -> s.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new));
    }

    static int bruteForce(Graph graph) {
        int n = graph.size();
        int best = 0;
        for (long subset = 0; subset < 1L << n; subset++) {
            boolean independent = true;
            for (int v = 0; v < n && independent; v++) {
                if ((subset >> v & 1) != 0) {
                    for (int w : graph.neighbours(v)) {
                        independent &= (subset >> w & 1) == 0;
                    }
                }
            }
            if (independent) {
                best = Math.max(best, Long.bitCount(subset));
            }
        }
        return best;
    }

    static void assertIndependent(Graph graph, int[] set, String why) {
        int[] sorted = set.clone();
        Arrays.sort(sorted);
        assertTrue(Arrays.equals(sorted, set), "ascending " + why);
        for (int i = 0; i < set.length; i++) {
            for (int j = i + 1; j < set.length; j++) {
                assertFalse(graph.adjacent(set[i], set[j]), set[i] + "~" + set[j] + " " + why);
            }
        }
    }
}
