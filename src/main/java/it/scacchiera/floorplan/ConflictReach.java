package it.scacchiera.floorplan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The (row, column) offsets at which two seats of a room conflict, walls and screens aside (SPEC §1).
 * Every rule reaches a symmetric, convex set: for each row offset |dr| the column offsets up to
 * {@code widest[|dr|]}. Kept that way, a huge distance over a big grid costs one entry per row,
 * not one per cell; distances are compared in exact integer arithmetic.
 */
final class ConflictReach {
    /** Per |dr| from 0, while any offset of that row is in reach, the largest |dc| in reach. */
    private final int[] widest;

    private ConflictReach(int[] widest) {
        this.widest = widest;
    }

    static ConflictReach of(Floor floor) {
        DistanceRule rule = floor.distance();
        if (rule instanceof DistanceRule.Checkerboard) {
            return new ConflictReach(new int[] {1, 0});
        }
        if (rule instanceof DistanceRule.King) {
            return new ConflictReach(new int[] {1, 1});
        }
        DistanceRule.Metric metric = (DistanceRule.Metric) rule;
        // Scale width, depth and distance by one power of ten so that all three are integers.
        BigDecimal width = floor.cell().width();
        BigDecimal depth = floor.cell().depth();
        BigDecimal distance = metric.metres();
        int scale = Math.max(0, Math.max(width.scale(), Math.max(depth.scale(), distance.scale())));
        BigInteger w2 = width.movePointRight(scale).toBigIntegerExact().pow(2);
        BigInteger h = depth.movePointRight(scale).toBigIntegerExact();
        BigInteger d2 = distance.movePointRight(scale).toBigIntegerExact().pow(2);
        // No offset reaches past the grid, so a huge distance or a tiny cell stays cheap.
        BigInteger columns = BigInteger.valueOf(Math.max(0, floor.columns() - 1));
        List<Integer> widest = new ArrayList<>();
        for (int dr = 0; dr < floor.rows(); dr++) {
            // (w dc)² + (h dr)² < d²  ⇔  dc² ≤ ⌊(d² − (h dr)² − 1) / w²⌋
            BigInteger left = d2.subtract(h.multiply(BigInteger.valueOf(dr)).pow(2));
            if (left.signum() <= 0) {
                break;
            }
            widest.add(
                    left.subtract(BigInteger.ONE).divide(w2).sqrt().min(columns).intValueExact());
        }
        return new ConflictReach(widest.stream().mapToInt(Integer::intValue).toArray());
    }

    boolean contains(int dr, int dc) {
        int r = Math.abs(dr);
        int c = Math.abs(dc);
        return (r != 0 || c != 0) && r < widest.length && c <= widest[r];
    }

    /** How many offsets are in reach. */
    long count() {
        long count = -1; // (0, 0)
        for (int r = 0; r < widest.length; r++) {
            count += (r == 0 ? 1L : 2L) * (2L * widest[r] + 1);
        }
        return count;
    }

    /** Every offset in reach, as {dr, dc}. */
    List<int[]> offsets() {
        List<int[]> offsets = new ArrayList<>();
        for (int r = 1 - widest.length; r < widest.length; r++) {
            int across = widest[Math.abs(r)];
            for (int c = -across; c <= across; c++) {
                if (r != 0 || c != 0) {
                    offsets.add(new int[] {r, c});
                }
            }
        }
        return offsets;
    }
}
