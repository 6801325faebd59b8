package it.scacchiera.floorplan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: ConflictGraph's neighbours equal an all-pairs reference that works in real coordinates
 * (metres, exact BigDecimal) and clips each segment against every wall and screen with rational
 * Liang–Barsky parameters, so it shares neither the offset table nor the 2 × 2 integer scaling.
 */
class ConflictGraphReferenceTest {
    private static final String CELLS = "DDDDDD...#|-XS ";

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neighbours_randomSmallRoom_matchAllPairsReference(long seed) {
        Floor floor = randomFloor(new Random(seed));

        ConflictGraph graph = ConflictGraph.of(floor);

        List<DeskId> seats = seatsOf(floor);
        assertEquals(seats, graph.seats().stream().map(Seat::id).toList(), "seed " + seed);
        for (int i = 0; i < seats.size(); i++) {
            List<Integer> expected = new ArrayList<>();
            boolean nextToPost = false;
            for (int j = 0; j < seats.size(); j++) {
                if (i != j && referenceConflict(floor, seats.get(i), seats.get(j))) {
                    expected.add(j);
                    nextToPost |= floor.kind(seats.get(j)) == CellKind.FIXED_POST;
                }
            }
            String where = "seed " + seed + ", seat " + seats.get(i) + ", "
                    + floor.distance().text() + ", " + floor.cell().text() + "\n" + String.join("\n", floor.grid());
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), graph.neighbours(i), where);
            boolean isDesk = floor.kind(seats.get(i)) == CellKind.DESK;
            assertEquals(isDesk && nextToPost, graph.nextToFixedPost(i), where);
            assertEquals(isDesk && !nextToPost, graph.usable(i), where);
        }
    }

    private static Floor randomFloor(Random random) {
        List<String> grid = new ArrayList<>();
        for (int r = 1 + random.nextInt(7); r > 0; r--) {
            var row = new StringBuilder();
            for (int c = 1 + random.nextInt(8); c > 0; c--) {
                row.append(CELLS.charAt(random.nextInt(CELLS.length())));
            }
            grid.add(row.toString().stripTrailing());
        }
        CellSize cell = new CellSize(decimal(random), decimal(random));
        DistanceRule rule =
                switch (random.nextInt(4)) {
                    case 0 -> DistanceRule.CHECKERBOARD;
                    case 1 -> DistanceRule.KING;
                    default -> new DistanceRule.Metric(distance(random, cell));
                };
        return new Floor("random", "Random", List.of(), cell, rule, Floor.NO_LIMIT, grid);
    }

    /** A cell size from 0.2 to 2.0 in steps of 0.1 or 0.05. */
    private static BigDecimal decimal(Random random) {
        return BigDecimal.valueOf(4 + random.nextInt(37), 0).multiply(new BigDecimal("0.05"));
    }

    /** Often exactly a grid distance (to hit the boundary), else any length up to 6 m. */
    private static BigDecimal distance(Random random, CellSize cell) {
        if (random.nextBoolean()) {
            return cell.width().multiply(BigDecimal.valueOf(1 + random.nextInt(4)));
        }
        return BigDecimal.valueOf(1 + random.nextInt(600), 2);
    }

    private static List<DeskId> seatsOf(Floor floor) {
        List<DeskId> seats = new ArrayList<>();
        for (int r = 0; r < floor.rows(); r++) {
            for (int c = 0; c < floor.grid().get(r).length(); c++) {
                if (floor.kind(r, c).isSeat()) {
                    seats.add(DeskId.ofCell(r, c));
                }
            }
        }
        return seats;
    }

    private static boolean referenceConflict(Floor floor, DeskId p, DeskId q) {
        int dr = Math.abs(p.row() - q.row());
        int dc = Math.abs(p.column() - q.column());
        if (floor.distance() instanceof DistanceRule.Checkerboard) {
            return dr + dc == 1;
        }
        if (floor.distance() instanceof DistanceRule.King) {
            return Math.max(dr, dc) == 1;
        }
        BigDecimal d = ((DistanceRule.Metric) floor.distance()).metres();
        BigDecimal[] a = centre(floor, p);
        BigDecimal[] b = centre(floor, q);
        BigDecimal x = b[0].subtract(a[0]);
        BigDecimal y = b[1].subtract(a[1]);
        if (x.multiply(x).add(y.multiply(y)).compareTo(d.multiply(d)) >= 0) {
            return false;
        }
        for (int r = 0; r < floor.rows(); r++) {
            for (int c = 0; c < floor.grid().get(r).length(); c++) {
                if (floor.kind(r, c).blocks() && crossesInterior(floor, a, b, r, c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static BigDecimal[] centre(Floor floor, DeskId id) {
        BigDecimal half = new BigDecimal("0.5");
        return new BigDecimal[] {
            BigDecimal.valueOf(id.column() - 1).add(half).multiply(floor.cell().width()),
            BigDecimal.valueOf(id.row()).add(half).multiply(floor.cell().depth())
        };
    }

    /** Whether some t in [0, 1] puts a + t(b - a) strictly inside cell (r, c): rational clipping. */
    private static boolean crossesInterior(Floor floor, BigDecimal[] a, BigDecimal[] b, int r, int c) {
        BigDecimal[] low = {
            floor.cell().width().multiply(BigDecimal.valueOf(c)),
            floor.cell().depth().multiply(BigDecimal.valueOf(r))
        };
        BigDecimal[] size = {floor.cell().width(), floor.cell().depth()};
        Fraction from = null;
        Fraction to = null;
        for (int axis = 0; axis < 2; axis++) {
            BigDecimal delta = b[axis].subtract(a[axis]);
            BigDecimal lo = low[axis];
            BigDecimal hi = low[axis].add(size[axis]);
            if (delta.signum() == 0) {
                if (a[axis].compareTo(lo) <= 0 || a[axis].compareTo(hi) >= 0) {
                    return false;
                }
                continue;
            }
            Fraction enter = new Fraction(lo.subtract(a[axis]), delta);
            Fraction exit = new Fraction(hi.subtract(a[axis]), delta);
            if (delta.signum() < 0) {
                Fraction swap = enter;
                enter = exit;
                exit = swap;
            }
            from = from == null || enter.compareTo(from) > 0 ? enter : from;
            to = to == null || exit.compareTo(to) < 0 ? exit : to;
        }
        Fraction zero = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);
        Fraction one = new Fraction(BigDecimal.ONE, BigDecimal.ONE);
        // Both axes are constant only for a zero-length segment, which two distinct seats never give.
        return from.compareTo(to) < 0 && from.compareTo(one) < 0 && to.compareTo(zero) > 0;
    }

    /** numerator / denominator, exact. */
    private record Fraction(BigDecimal numerator, BigDecimal denominator) implements Comparable<Fraction> {
        Fraction {
            if (denominator.signum() < 0) {
                numerator = numerator.negate();
                denominator = denominator.negate();
            }
        }

        @Override
        public int compareTo(Fraction other) {
            return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
        }
    }
}
