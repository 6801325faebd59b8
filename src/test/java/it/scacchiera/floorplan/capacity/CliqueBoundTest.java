package it.scacchiera.floorplan.capacity;

import static it.scacchiera.floorplan.capacity.IndependentSetSolverTest.assertIndependent;
import static it.scacchiera.floorplan.capacity.IndependentSetSolverTest.bruteForce;
import static it.scacchiera.floorplan.capacity.IndependentSetSolverTest.gridGraph;
import static it.scacchiera.floorplan.capacity.IndependentSetSolverTest.randomGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CliqueBoundTest {
    private static final long NO_DEADLINE = Long.MAX_VALUE;

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bound_randomGraph_atLeastExhaustiveMaximum(int seed) {
        // given
        var random = new Random(seed);
        Graph graph = randomGraph(random, 1 + random.nextInt(18), 0.05 + random.nextDouble() * 0.6);

        // when
        int bound = CliqueBound.bound(graph, 0, NO_DEADLINE);

        // then
        assertTrue(bound >= bruteForce(graph), "seed " + seed + ": bound " + bound);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void maximalCliques_randomGraph_equalExhaustiveEnumeration(int seed) {
        // given
        var random = new Random(seed);
        Graph graph = randomGraph(random, 1 + random.nextInt(12), 0.1 + random.nextDouble() * 0.7);

        // when
        Set<String> found = Arrays.stream(CliqueBound.maximalCliques(graph, NO_DEADLINE))
                .map(clique -> Arrays.toString(IntStream.of(clique).sorted().toArray()))
                .collect(Collectors.toCollection(TreeSet::new));

        // then
        assertEquals(exhaustiveMaximalCliques(graph), found, "seed " + seed);
        assertEquals(found.size(), CliqueBound.maximalCliques(graph, NO_DEADLINE).length, "once each, seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void solve_randomKingGridWithHoles_relaxationAgreesWithPlainSearch(int seed) {
        // given: big enough (> 40 vertices after reductions, often) for the relaxation to run
        var random = new Random(seed);
        Graph graph = gridGraph(random, 8 + random.nextInt(9), 8 + random.nextInt(9), true);

        // when
        var plain = IndependentSetSolver.solve(graph, NO_DEADLINE, Integer.MAX_VALUE, true, true, false);
        var relaxed = IndependentSetSolver.solve(graph, NO_DEADLINE, Integer.MAX_VALUE, true, true, true);

        // then
        assertTrue(plain.optimal() && relaxed.optimal(), "seed " + seed);
        assertEquals(plain.set().length, relaxed.set().length, "seed " + seed);
        assertIndependent(graph, relaxed.set(), "seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bound_randomKingGridWithHoles_atLeastOptimum(int seed) {
        // given
        var random = new Random(seed);
        Graph graph = gridGraph(random, 6 + random.nextInt(12), 6 + random.nextInt(12), true);
        int optimum = IndependentSetSolver.solve(graph, NO_DEADLINE, Integer.MAX_VALUE, true, true, false)
                .set()
                .length;

        // when
        int bound = CliqueBound.bound(graph, optimum, NO_DEADLINE);

        // then
        assertTrue(bound >= optimum, "seed " + seed + ": bound " + bound + " < " + optimum);
    }

    @Test
    void bound_fullOddKingBlock_equalsChessboard() {
        // given: 15 × 15 desks, 8 × 8 = 64 seated by the chessboard, which is optimal
        Graph graph = gridGraph(
                new Random(0) {
                    @Override
                    public int nextInt(int bound) {
                        return bound - 1; // no holes
                    }
                },
                15,
                15,
                true);

        // when
        int bound = CliqueBound.bound(graph, 64, NO_DEADLINE);

        // then
        assertEquals(64, bound);
    }

    private static Set<String> exhaustiveMaximalCliques(Graph graph) {
        int n = graph.size();
        Set<String> cliques = new TreeSet<>();
        for (int subset = 1; subset < 1 << n; subset++) {
            if (isClique(graph, subset)) {
                boolean maximal = true;
                for (int v = 0; v < n && maximal; v++) {
                    maximal = (subset >> v & 1) != 0 || !isClique(graph, subset | 1 << v);
                }
                if (maximal) {
                    int members = subset;
                    cliques.add(Arrays.toString(IntStream.range(0, n)
                            .filter(v -> (members >> v & 1) != 0)
                            .toArray()));
                }
            }
        }
        return cliques;
    }

    private static boolean isClique(Graph graph, int subset) {
        for (int v = 0; v < graph.size(); v++) {
            for (int w = v + 1; w < graph.size(); w++) {
                if ((subset >> v & 1) != 0 && (subset >> w & 1) != 0 && !graph.adjacent(v, w)) {
                    return false;
                }
            }
        }
        return true;
    }
}
