package it.scacchiera.floorplan;

import it.scacchiera.floorplan.capacity.Graph;
import it.scacchiera.floorplan.capacity.IndependentSetSolver;
import it.scacchiera.floorplan.capacity.LocalSearch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Room capacity (SPEC §1): the largest set of usable {@code D} desks (not in conflict with an
 * {@code S} post) with no two in conflict, cut to {@code max-occupancy − #S} when the room has a cap.
 * It is a maximum independent set of the usable desks' conflict graph, found by
 * {@link IndependentSetSolver}: König's theorem for bipartite parts (the whole room under the
 * checkerboard rule); for the rest reductions, then a local search checked against the clique linear
 * relaxation, a frontier sweep, or branch and bound. Exact on the rooms of docs/BENCHMARKS.md up to
 * 10,000 desks and on square open halls with pillars up to 2,000 desks under king-shaped rules; open
 * halls past about 30 × 30 desks under disc-shaped metric rules may end as a bound, and then a local
 * search polishes the pattern in the last fifth of the time limit.
 */
public final class Capacity {
    private Capacity() {}

    /**
     * Computes the capacity, exactly unless {@code timeLimit} runs out; then the result carries the best
     * pattern found, {@code optimal = false} and a proven upper bound.
     *
     * <p>{@link CapacityResult#naiveChessboard()} is the plain fixed chessboard a facility manager
     * draws: of the two classes of usable desks by parity of row + column, each made valid under the
     * room's rule by visiting its desks in row-major order and dropping any desk in conflict with one
     * already kept, the larger one, then cut to the cap.
     */
    public static CapacityResult compute(ConflictGraph graph, Duration timeLimit) {
        long start = System.nanoTime();
        long nanos = budget(timeLimit);
        int[] usable = usableDesks(graph);
        int cap = cap(graph);
        Graph conflicts = subgraph(graph, usable);
        // The last fifth of the time improves the pattern if the exact search could not finish.
        var outcome = IndependentSetSolver.solve(conflicts, start + nanos / 5 * 4, cap);
        int[] found = outcome.set();
        if (!outcome.optimal()) {
            found = LocalSearch.improve(conflicts, found, start + nanos);
        }
        List<Integer> naive = naiveChessboard(graph, usable);
        List<Integer> best = new ArrayList<>();
        for (int local : found) {
            best.add(usable[local]);
        }
        if (!outcome.optimal() && naive.size() > best.size()) {
            best = naive; // a search cut short on a big open hall can trail the plain chessboard
        }
        int capacity = Math.min(best.size(), cap);
        List<DeskId> pattern = new ArrayList<>(capacity);
        for (int i = 0; i < capacity; i++) { // ascending seat index is row-major, the natural desk order
            pattern.add(graph.seat(best.get(i)).id());
        }
        int upperBound = Math.max(capacity, Math.min(outcome.upperBound(), cap));
        boolean optimal = outcome.optimal() || capacity == upperBound;
        return new CapacityResult(
                graph.floor().id(),
                capacity,
                graph.floor().deskCount(),
                optimal,
                optimal ? capacity : upperBound,
                Math.min(naive.size(), cap),
                pattern);
    }

    /** How many D desks the cap leaves once the S posts are counted; Integer.MAX_VALUE without a cap. */
    static int cap(ConflictGraph graph) {
        Floor floor = graph.floor();
        return floor.hasOccupancyLimit()
                ? Math.max(0, floor.maxOccupancy() - graph.fixedPostCount())
                : Integer.MAX_VALUE;
    }

    private static long budget(Duration timeLimit) {
        Duration year = Duration.ofDays(365);
        return Math.max(0, timeLimit.compareTo(year) > 0 ? year.toNanos() : timeLimit.toNanos());
    }

    private static int[] usableDesks(ConflictGraph graph) {
        return graph.seats().stream()
                .mapToInt(Seat::index)
                .filter(graph::usable)
                .toArray();
    }

    /** The conflict graph among the usable desks; vertex i is seat {@code usable[i]}. */
    private static Graph subgraph(ConflictGraph graph, int[] usable) {
        int[] local = new int[graph.size()];
        Arrays.fill(local, -1);
        for (int i = 0; i < usable.length; i++) {
            local[usable[i]] = i;
        }
        int[][] adjacency = new int[usable.length][];
        for (int i = 0; i < usable.length; i++) {
            adjacency[i] = Arrays.stream(graph.neighbours(usable[i]))
                    .map(seat -> local[seat])
                    .filter(v -> v >= 0)
                    .toArray(); // neighbours ascend and local preserves order
        }
        return new Graph(adjacency);
    }

    /** The seats of the naive chessboard (see {@link #compute}), ascending, before the cap. */
    private static List<Integer> naiveChessboard(ConflictGraph graph, int[] usable) {
        List<Integer> best = List.of();
        for (int parity = 0; parity < 2; parity++) {
            boolean[] kept = new boolean[graph.size()];
            List<Integer> seats = new ArrayList<>();
            for (int seat : usable) {
                DeskId id = graph.seat(seat).id();
                if ((id.row() + id.column()) % 2 != parity) {
                    continue;
                }
                if (Arrays.stream(graph.neighbours(seat)).noneMatch(n -> kept[n])) {
                    kept[seat] = true;
                    seats.add(seat);
                }
            }
            if (seats.size() > best.size()) {
                best = seats;
            }
        }
        return best;
    }
}
