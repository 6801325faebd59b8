package it.scacchiera.floorplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CapacityTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    static IntStream seeds() {
        return IntStream.range(0, 600);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void compute_randomSmallRoom_equalsExhaustiveSearch(int seed) {
        Floor floor = CapacityRooms.random(new Random(seed), 20);
        ConflictGraph graph = ConflictGraph.of(floor);

        CapacityResult result = Capacity.compute(graph, LIMIT);

        int expected = Math.min(bruteForce(graph), Capacity.cap(graph));
        String why = "seed " + seed + " " + floor;
        assertEquals(expected, result.capacity(), why);
        assertTrue(result.optimal(), why);
        assertEquals(expected, result.upperBound(), why);
        assertValidPattern(graph, result, why);
        assertTrue(result.naiveChessboard() <= result.capacity(), why);
    }

    @Test
    void compute_fullKingRectangle_isCeilHalfTimesCeilHalf() {
        for (int rows = 1; rows <= 9; rows++) {
            for (int columns = 1; columns <= 9; columns++) {
                ConflictGraph graph =
                        ConflictGraph.of(CapacityRooms.floor(DistanceRule.KING, CapacityRooms.full(rows, columns)));

                CapacityResult result = Capacity.compute(graph, LIMIT);

                String why = rows + "x" + columns;
                assertEquals(((rows + 1) / 2) * ((columns + 1) / 2), result.capacity(), why);
                assertTrue(result.optimal(), why);
                assertValidPattern(graph, result, why);
            }
        }
    }

    @Test
    void compute_fullCheckerboardRectangle_isCeilHalfOfDesks() {
        for (int rows = 1; rows <= 9; rows++) {
            for (int columns = 1; columns <= 9; columns++) {
                ConflictGraph graph = ConflictGraph.of(
                        CapacityRooms.floor(DistanceRule.CHECKERBOARD, CapacityRooms.full(rows, columns)));

                CapacityResult result = Capacity.compute(graph, LIMIT);

                String why = rows + "x" + columns;
                assertEquals((rows * columns + 1) / 2, result.capacity(), why);
                assertEquals((rows * columns + 1) / 2, result.naiveChessboard(), why);
                assertTrue(result.optimal(), why);
                assertValidPattern(graph, result, why);
            }
        }
    }

    @Test
    void compute_largeFullRectangles_areOptimalWithClosedForms() {
        Floor king = CapacityRooms.floor(DistanceRule.KING, CapacityRooms.full(40, 50));
        Floor board = CapacityRooms.floor(DistanceRule.CHECKERBOARD, CapacityRooms.full(40, 50));
        // 0.6 m cells under 1.8 m: conflict within two cells each way (2² + 2² < 3²), so 3 × 3 blocks
        Floor metric = CapacityRooms.floor(
                CapacityRooms.metres("1.8"),
                CapacityRooms.cell("0.6", "0.6"),
                Floor.NO_LIMIT,
                CapacityRooms.full(40, 50));

        CapacityResult kingResult = Capacity.compute(ConflictGraph.of(king), LIMIT);
        CapacityResult boardResult = Capacity.compute(ConflictGraph.of(board), LIMIT);
        CapacityResult metricResult = Capacity.compute(ConflictGraph.of(metric), LIMIT);

        assertEquals(20 * 25, kingResult.capacity());
        assertTrue(kingResult.optimal());
        assertEquals(1000, boardResult.capacity());
        assertTrue(boardResult.optimal());
        assertEquals(14 * 17, metricResult.capacity());
        assertTrue(metricResult.optimal());
    }

    @Test
    void compute_maxOccupancy_cutsPatternAndCountsFixedPosts() {
        Floor floor =
                CapacityRooms.floor(DistanceRule.CHECKERBOARD, CellSize.DEFAULT, 4, "DDDDDDD", ".......", "S.DDDDD");
        ConflictGraph graph = ConflictGraph.of(floor);

        CapacityResult result = Capacity.compute(graph, LIMIT);

        assertEquals(3, result.capacity()); // 4 people minus the S post
        assertTrue(result.optimal());
        assertEquals(3, result.upperBound());
        assertEquals(3, result.naiveChessboard());
        assertValidPattern(graph, result, "cap");
    }

    @Test
    void compute_deskNextToFixedPost_neverInPattern() {
        ConflictGraph graph = ConflictGraph.of(CapacityRooms.floor(DistanceRule.KING, "DSD", "DDD", "DDD"));

        CapacityResult result = Capacity.compute(graph, LIMIT);

        assertEquals(List.of(DeskId.parse("C1"), DeskId.parse("C3")), result.pattern());
        assertEquals(8, result.desks());
    }

    @Test
    void compute_zeroTimeLimit_givesValidPatternAndSoundBound() {
        String[] grid = CapacityRooms.full(30, 30);
        grid[10] = "DDDDD#DDDDDDD#DDDDDDDD#DDDDDDD";
        grid[20] = "DDDD##DDDDDDDDD#DDDDDDD##DDDDD";
        ConflictGraph graph = ConflictGraph.of(CapacityRooms.floor(DistanceRule.KING, grid));

        CapacityResult result = Capacity.compute(graph, Duration.ZERO);
        CapacityResult exact = Capacity.compute(graph, LIMIT);

        assertValidPattern(graph, result, "zero");
        assertTrue(result.upperBound() >= exact.capacity());
        assertTrue(result.capacity() <= exact.capacity());
        assertFalse(result.optimal() && result.capacity() != exact.capacity());
    }

    @Test
    void compute_searchCutShortOnOpenHall_neverBelowNaiveChessboard() {
        String[] grid = CapacityRooms.full(45, 45);
        for (int r = 3; r < 45; r += 7) {
            char[] row = grid[r].toCharArray();
            for (int c = 3; c < 45; c += 7) {
                row[c] = '#';
            }
            grid[r] = new String(row);
        }
        ConflictGraph graph = ConflictGraph.of(CapacityRooms.floor(DistanceRule.KING, grid));

        CapacityResult result = Capacity.compute(graph, Duration.ZERO);

        assertTrue(result.capacity() >= result.naiveChessboard());
        assertTrue(result.upperBound() >= result.capacity());
        assertValidPattern(graph, result, "hall");
    }

    @Test
    void compute_squareKingHallWithPillars_isProvenOptimal() {
        // given: 45 x 45 desks, a pillar every 7 cells; the greedy clique cover alone only bounds 527
        String[] grid = CapacityRooms.full(45, 45);
        for (int r = 3; r < 45; r += 7) {
            char[] row = grid[r].toCharArray();
            for (int c = 3; c < 45; c += 7) {
                row[c] = '#';
            }
            grid[r] = new String(row);
        }
        for (DistanceRule rule : List.of(DistanceRule.KING, CapacityRooms.metres("2.0"))) {
            ConflictGraph graph = ConflictGraph.of(CapacityRooms.floor(rule, grid));

            // when: a generous limit; the clique relaxation proves it in well under a second
            CapacityResult result = Capacity.compute(graph, Duration.ofSeconds(60));

            // then: 23 x 23 chessboard squares less the 9 pillars on even rows and columns
            assertEquals(520, result.capacity(), rule.toString());
            assertTrue(result.optimal(), rule.toString());
            assertEquals(520, result.upperBound(), rule.toString());
            assertValidPattern(graph, result, rule.toString());
        }
    }

    @Test
    void compute_naiveChessboardUnderKing_dropsDiagonalConflicts() {
        // parity class of A1: A1 A3 B2 C1 C3; under king B2 touches A1 so it is dropped: 4
        ConflictGraph graph = ConflictGraph.of(CapacityRooms.floor(DistanceRule.KING, CapacityRooms.full(3, 3)));

        CapacityResult result = Capacity.compute(graph, LIMIT);

        assertEquals(4, result.naiveChessboard());
        assertEquals(4, result.capacity());
    }

    static void assertValidPattern(ConflictGraph graph, CapacityResult result, String why) {
        List<DeskId> pattern = result.pattern();
        assertEquals(result.capacity(), pattern.size(), why);
        assertTrue(pattern.size() <= Capacity.cap(graph), why);
        List<DeskId> sorted = new ArrayList<>(pattern);
        sorted.sort(null);
        assertEquals(sorted, pattern, "natural order " + why);
        for (int i = 0; i < pattern.size(); i++) {
            int seat = graph.indexOf(pattern.get(i));
            assertTrue(seat >= 0 && graph.usable(seat), "usable D " + pattern.get(i) + " " + why);
            assertEquals(CellKind.DESK, graph.seat(seat).kind(), why);
            for (int j = i + 1; j < pattern.size(); j++) {
                assertFalse(
                        graph.conflicts(pattern.get(i), pattern.get(j)),
                        pattern.get(i) + "~" + pattern.get(j) + " " + why);
            }
        }
    }

    /** Maximum independent set of the usable desks by exhaustive search over all subsets. */
    static int bruteForce(ConflictGraph graph) {
        int[] usable = graph.seats().stream()
                .mapToInt(Seat::index)
                .filter(graph::usable)
                .toArray();
        int n = usable.length;
        long[] conflicts = new long[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (graph.conflicts(usable[i], usable[j])) {
                    conflicts[i] |= 1L << j;
                }
            }
        }
        int best = 0;
        for (long subset = 0; subset < 1L << n; subset++) {
            boolean independent = true;
            for (int i = 0; i < n && independent; i++) {
                independent = (subset >> i & 1) == 0 || (conflicts[i] & subset) == 0;
            }
            if (independent) {
                best = Math.max(best, Long.bitCount(subset));
            }
        }
        return best;
    }
}
