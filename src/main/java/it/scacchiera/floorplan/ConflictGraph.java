package it.scacchiera.floorplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which seats of a room may not be occupied at once (SPEC §1), built once per room and shared by
 * capacity, the solver, the map and {@code verify}. Neighbours are found through the finite set of
 * grid offsets the rule allows ({@link ConflictReach}), or, when a rule reaches across the whole room,
 * by comparing the seats pairwise; distances are compared in exact integer arithmetic.
 */
public final class ConflictGraph {
    private final Floor floor;
    private final List<Seat> seats;
    private final Map<DeskId, Integer> indexById;
    private final int[][] neighbours;
    private final boolean[] nextToFixedPost;
    private final int edgeCount;

    private ConflictGraph(Floor floor, List<Seat> seats, int[][] neighbours) {
        this.floor = floor;
        this.seats = Collections.unmodifiableList(seats);
        this.neighbours = neighbours;
        this.indexById = new HashMap<>();
        for (Seat seat : seats) {
            indexById.put(seat.id(), seat.index());
        }
        this.nextToFixedPost = new boolean[seats.size()];
        int edges = 0;
        for (Seat seat : seats) {
            for (int other : neighbours[seat.index()]) {
                edges++;
                if (seats.get(other).isFixedPost() && !seat.isFixedPost()) {
                    nextToFixedPost[seat.index()] = true;
                }
            }
        }
        this.edgeCount = edges / 2;
    }

    public static ConflictGraph of(Floor floor) {
        List<Seat> seats = new ArrayList<>();
        int[][] seatAt = new int[floor.rows()][];
        for (int r = 0; r < floor.rows(); r++) {
            seatAt[r] = new int[floor.grid().get(r).length()];
            Arrays.fill(seatAt[r], -1);
            for (int c = 0; c < seatAt[r].length; c++) {
                CellKind kind = floor.kind(r, c);
                if (kind == null) {
                    // Only a Floor built in code can get here; the reader refuses such characters.
                    throw new IllegalArgumentException(
                            "not a grid character at " + DeskId.ofCell(r, c) + " of " + floor.id() + ": "
                                    + FloorReader.shown(floor.grid().get(r).codePointAt(c)));
                }
                if (kind.isSeat()) {
                    seatAt[r][c] = seats.size();
                    seats.add(new Seat(seats.size(), DeskId.ofCell(r, c), kind));
                }
            }
        }
        ConflictReach reach = ConflictReach.of(floor);
        boolean metric = floor.distance() instanceof DistanceRule.Metric;
        boolean[][] blocks = metric ? blockers(floor) : null;
        // When the rule reaches across most of the room (a huge distance, tiny cells), walking the
        // other seats is cheaper than walking the offsets; both give the same pairs.
        boolean dense = reach.count() > seats.size();
        List<int[]> offsets = dense ? List.of() : reach.offsets();
        int[][] later = new int[seats.size()][];
        int[] degree = new int[seats.size()];
        for (Seat seat : seats) {
            int i = seat.index();
            int r = seat.id().row();
            int c = seat.id().column() - 1;
            int[] found = new int[dense ? seats.size() : offsets.size()];
            int count = 0;
            if (dense) {
                for (int j = i + 1; j < seats.size(); j++) {
                    DeskId other = seats.get(j).id();
                    if (reach.contains(other.row() - r, other.column() - 1 - c)) {
                        found[count++] = j;
                    }
                }
            } else {
                for (int[] offset : offsets) {
                    int r2 = r + offset[0];
                    int c2 = c + offset[1];
                    boolean inGrid = r2 >= 0 && r2 < seatAt.length && c2 >= 0 && c2 < seatAt[r2].length;
                    if (inGrid && seatAt[r2][c2] > i) {
                        found[count++] = seatAt[r2][c2];
                    }
                }
            }
            // Each pair is looked at once, from its lower index; the line of sight is symmetric.
            int kept = 0;
            for (int k = 0; k < count; k++) {
                DeskId other = seats.get(found[k]).id();
                if (!metric || !sightBlocked(blocks, r, c, other.row(), other.column() - 1)) {
                    found[kept++] = found[k];
                    degree[found[k]]++;
                }
            }
            later[i] = Arrays.copyOf(found, kept);
            Arrays.sort(later[i]);
            degree[i] += kept;
        }
        int[][] neighbours = new int[seats.size()][];
        int[] filled = new int[seats.size()];
        for (int i = 0; i < seats.size(); i++) {
            neighbours[i] = new int[degree[i]];
        }
        // Lower neighbours first, in ascending order as i grows, then the sorted higher ones.
        for (int i = 0; i < seats.size(); i++) {
            for (int j : later[i]) {
                neighbours[j][filled[j]++] = i;
            }
            System.arraycopy(later[i], 0, neighbours[i], filled[i], later[i].length);
        }
        return new ConflictGraph(floor, seats, neighbours);
    }

    /**
     * Whether the segment between the centres of cells (r1, c1) and (r2, c2) passes through the
     * interior of a wall or screen cell. Scaling a cell to 2 × 2 units is affine, so the test runs
     * on integers: centres at odd coordinates, cell (r, c) spans the open box (2c, 2c+2) × (2r, 2r+2).
     * The segment misses an open box when a separating axis exists among x, y and the segment's
     * normal; touching an edge or a corner does not count as passing through.
     */
    static boolean sightBlocked(boolean[][] blocks, int r1, int c1, int r2, int c2) {
        if (c1 > c2) {
            return sightBlocked(blocks, r2, c2, r1, c1);
        }
        long px = 2L * c1 + 1;
        long py = 2L * r1 + 1;
        long qx = 2L * c2 + 1;
        long qy = 2L * r2 + 1;
        long dx = qx - px;
        long dy = qy - py;
        int top = Math.min(r1, r2);
        int bottom = Math.max(r1, r2);
        // Only the cells the segment can reach, column by column: O(length), not O(box area).
        for (int c = c1; c <= c2; c++) {
            int from = top;
            int to = bottom;
            if (dx != 0) {
                // y × dx where the segment enters and leaves this column; rows outside cannot be entered.
                long xa = Math.max(2L * c, px);
                long xb = Math.min(2L * c + 2, qx);
                long ya = py * dx + dy * (xa - px);
                long yb = py * dx + dy * (xb - px);
                from = Math.max(top, (int) Math.floorDiv(Math.min(ya, yb), 2 * dx));
                to = Math.min(bottom, (int) Math.floorDiv(Math.max(ya, yb), 2 * dx));
            }
            for (int r = from; r <= to; r++) {
                if (c < blocks[r].length && blocks[r][c] && crossesInterior(px, py, qx, qy, r, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Which cells are walls or screens, row by row as long as the grid's rows. */
    private static boolean[][] blockers(Floor floor) {
        boolean[][] blocks = new boolean[floor.rows()][];
        for (int r = 0; r < floor.rows(); r++) {
            blocks[r] = new boolean[floor.grid().get(r).length()];
            for (int c = 0; c < blocks[r].length; c++) {
                blocks[r][c] = floor.kind(r, c).blocks();
            }
        }
        return blocks;
    }

    /** Whether the segment (p, q) meets the open box of cell (r, c), in the 2 × 2 units above. */
    private static boolean crossesInterior(long px, long py, long qx, long qy, int r, int c) {
        long dx = qx - px;
        long dy = qy - py;
        long x0 = 2L * c;
        long y0 = 2L * r;
        if (Math.max(px, qx) <= x0 || Math.min(px, qx) >= x0 + 2) {
            return false;
        }
        if (Math.max(py, qy) <= y0 || Math.min(py, qy) >= y0 + 2) {
            return false;
        }
        int positive = 0;
        int negative = 0;
        for (long[] corner : new long[][] {{x0, y0}, {x0 + 2, y0}, {x0, y0 + 2}, {x0 + 2, y0 + 2}}) {
            long cross = dx * (corner[1] - py) - dy * (corner[0] - px);
            if (cross > 0) {
                positive++;
            } else if (cross < 0) {
                negative++;
            }
        }
        return positive > 0 && negative > 0;
    }

    public Floor floor() {
        return floor;
    }

    /** The D desks and S posts, by index. */
    public List<Seat> seats() {
        return seats;
    }

    public int size() {
        return seats.size();
    }

    public Seat seat(int index) {
        return seats.get(index);
    }

    /** The index of a D or S seat, or -1. */
    public int indexOf(DeskId id) {
        return indexById.getOrDefault(id, -1);
    }

    /** The seats in conflict with {@code seat}, ascending; do not modify. */
    public int[] neighbours(int seat) {
        return neighbours[seat];
    }

    public boolean conflicts(int a, int b) {
        return Arrays.binarySearch(neighbours[a], b) >= 0;
    }

    public boolean conflicts(DeskId a, DeskId b) {
        int i = indexOf(a);
        int j = indexOf(b);
        return i >= 0 && j >= 0 && conflicts(i, j);
    }

    /** A D desk in conflict with an S post can never be occupied. */
    public boolean nextToFixedPost(int seat) {
        return nextToFixedPost[seat];
    }

    /** A D desk that an operator may ever occupy: not next to an S post. */
    public boolean usable(int seat) {
        return !seats.get(seat).isFixedPost() && !nextToFixedPost[seat];
    }

    public int edgeCount() {
        return edgeCount;
    }

    public int fixedPostCount() {
        return (int) seats.stream().filter(Seat::isFixedPost).count();
    }
}
