package it.scacchiera.floorplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConflictReachTest {
    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Property: contains, count and offsets agree with (w dc)² + (h dr)² < d² over the whole grid box. */
    @ParameterizedTest
    @MethodSource("seeds")
    void of_randomMetricRoom_matchesTheDistanceFormula(long seed) {
        var random = new Random(seed);
        BigDecimal width = BigDecimal.valueOf(1 + random.nextInt(200), 2);
        BigDecimal depth = BigDecimal.valueOf(1 + random.nextInt(200), 2);
        BigDecimal distance = random.nextBoolean()
                ? width.multiply(BigDecimal.valueOf(random.nextInt(6) + 1))
                : BigDecimal.valueOf(1 + random.nextInt(800), 2);
        int rows = 1 + random.nextInt(12);
        int columns = 1 + random.nextInt(12);
        Floor floor = new Floor(
                "r",
                "R",
                List.of(),
                new CellSize(width, depth),
                new DistanceRule.Metric(distance),
                Floor.NO_LIMIT,
                Collections.nCopies(rows, "D".repeat(columns)));

        var reach = ConflictReach.of(floor);

        long expected = 0;
        for (int dr = 1 - rows; dr < rows; dr++) {
            for (int dc = 1 - columns; dc < columns; dc++) {
                BigDecimal x = width.multiply(BigDecimal.valueOf(dc));
                BigDecimal y = depth.multiply(BigDecimal.valueOf(dr));
                boolean within = (dr != 0 || dc != 0) && x.pow(2).add(y.pow(2)).compareTo(distance.pow(2)) < 0;
                expected += within ? 1 : 0;
                String where = "seed " + seed + ": " + width + " x " + depth + ", " + distance + " m, (" + dr + ", "
                        + dc + ")";
                assertEquals(within, reach.contains(dr, dc), where);
            }
        }
        assertEquals(expected, reach.count(), "seed " + seed);
        assertEquals(expected, reach.offsets().size(), "seed " + seed);
    }

    @Test
    void of_checkerboardAndKing_fourAndEightOffsets() {
        Floor checkerboard = new Floor(
                "c", "C", List.of(), CellSize.DEFAULT, DistanceRule.CHECKERBOARD, Floor.NO_LIMIT, List.of("D"));
        Floor king = new Floor("k", "K", List.of(), CellSize.DEFAULT, DistanceRule.KING, Floor.NO_LIMIT, List.of("D"));

        var four = ConflictReach.of(checkerboard);
        var eight = ConflictReach.of(king);

        assertEquals(4, four.count());
        assertEquals(8, eight.count());
        assertEquals(List.of(false, true), List.of(four.contains(1, 1), eight.contains(-1, 1)));
    }
}
