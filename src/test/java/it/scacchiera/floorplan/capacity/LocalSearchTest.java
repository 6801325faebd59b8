package it.scacchiera.floorplan.capacity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LocalSearchTest {
    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void improve_fromGreedy_staysIndependentAndNeverShrinksNorBeatsOptimum(int seed) {
        var random = new Random(seed);
        Graph graph = FrontierDpTest.discGrid(random, 3 + random.nextInt(8), 5 + random.nextInt(20));
        int[] start = Bounds.greedy(graph);

        int[] improved = LocalSearch.improve(graph, start, System.nanoTime() + 20_000_000L);

        int optimum = IndependentSetSolver.solve(graph, Long.MAX_VALUE, Integer.MAX_VALUE)
                .set()
                .length;
        IndependentSetSolverTest.assertIndependent(graph, improved, "seed " + seed);
        assertTrue(improved.length >= start.length, "seed " + seed);
        assertTrue(improved.length <= optimum, "seed " + seed);
    }
}
