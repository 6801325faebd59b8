package it.scacchiera.floorplan.capacity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Exact maximum independent set by dynamic programming along a vertex order (a path decomposition):
 * the state is which vertices of the frontier (visited vertices with a neighbour still to visit) are
 * in the set. Open halls under disc-shaped metric rules defeat reductions and clique-cover bounds, but
 * they are long and shallow, and swept from one end their frontier is a few columns of desks. The order
 * is breadth-first from a pseudo-peripheral vertex (Cuthill–McKee), which sweeps a hall lengthwise.
 * Gives up (returns null) when the frontier outgrows a 64-bit mask or the states grow past a limit.
 */
final class FrontierDp {
    private static final int MAX_STATES = 40_000;
    private static final int MAX_FRONTIER = 64;

    private FrontierDp() {}

    /** One chosen vertex and the rest of a partial set: partial sets share their tails. */
    private record Chain(int vertex, Chain rest) {}

    private record Partial(int size, Chain chain) {}

    /** A maximum independent set of a connected graph (local vertices, ascending), or null. */
    static int[] maximumIndependentSet(Graph graph, long deadline) {
        int n = graph.size();
        int[] order = sweepOrder(graph);
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            position[order[i]] = i;
        }
        int[] leaves = new int[n]; // the step after which a vertex has no neighbour left to visit
        for (int v = 0; v < n; v++) {
            int last = position[v];
            for (int w : graph.neighbours(v)) {
                last = Math.max(last, position[w]);
            }
            leaves[v] = last;
        }
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        long freeSlots = -1L; // bit set = slot free
        Map<Long, Partial> states = new HashMap<>();
        states.put(0L, new Partial(0, null));
        for (int step = 0; step < n; step++) {
            if ((step & 31) == 0 && System.nanoTime() > deadline) {
                return null;
            }
            int v = order[step];
            if (freeSlots == 0) {
                return null;
            }
            slot[v] = Long.numberOfTrailingZeros(freeSlots);
            freeSlots &= ~(1L << slot[v]);
            long conflicts = 0;
            for (int w : graph.neighbours(v)) {
                if (slot[w] >= 0 && position[w] < step) {
                    conflicts |= 1L << slot[w];
                }
            }
            long bit = 1L << slot[v];
            // Vertices whose last neighbour is v leave the frontier now (v too, if it has no later one).
            long leaving = 0;
            for (int w : graph.neighbours(v)) {
                if (position[w] < step && leaves[w] == step) {
                    leaving |= 1L << slot[w];
                }
            }
            if (leaves[v] == step) {
                leaving |= bit;
            }
            Map<Long, Partial> next = new HashMap<>(states.size() * 2);
            for (Map.Entry<Long, Partial> entry : states.entrySet()) {
                long state = entry.getKey();
                Partial partial = entry.getValue();
                offer(next, state & ~leaving, partial);
                if ((state & conflicts) == 0) {
                    offer(
                            next,
                            (state | bit) & ~leaving,
                            new Partial(partial.size() + 1, new Chain(v, partial.chain())));
                }
            }
            states = undominated(next);
            if (states.size() > MAX_STATES) {
                return null;
            }
            freeSlots |= leaving;
            for (int w : graph.neighbours(v)) {
                if (position[w] < step && leaves[w] == step) {
                    slot[w] = -1;
                }
            }
            if (leaves[v] == step) {
                slot[v] = -1;
            }
        }
        Partial best = states.values().stream()
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElseThrow();
        int[] set = new int[best.size()];
        int count = 0;
        for (Chain link = best.chain(); link != null; link = link.rest()) {
            set[count++] = link.vertex();
        }
        Arrays.sort(set);
        return set;
    }

    /**
     * Drops each state that one chosen frontier vertex fewer does at least as well: fewer chosen
     * vertices never constrain the rest of the sweep more. Keeps packings of open halls from
     * multiplying states that cannot win.
     */
    private static Map<Long, Partial> undominated(Map<Long, Partial> states) {
        Map<Long, Partial> kept = new HashMap<>(states.size() * 2);
        for (Map.Entry<Long, Partial> entry : states.entrySet()) {
            long state = entry.getKey();
            int size = entry.getValue().size();
            boolean dominated = false;
            for (long rest = state; rest != 0 && !dominated; rest &= rest - 1) {
                Partial smaller = states.get(state & ~Long.lowestOneBit(rest));
                dominated = smaller != null && smaller.size() >= size;
            }
            if (!dominated) {
                kept.put(state, entry.getValue());
            }
        }
        return kept;
    }

    private static void offer(Map<Long, Partial> states, long state, Partial partial) {
        states.merge(state, partial, (a, b) -> a.size() >= b.size() ? a : b);
    }

    /** Breadth-first order from the far end of a breadth-first search from vertex 0. */
    static int[] sweepOrder(Graph graph) {
        int[] first = breadthFirst(graph, 0);
        return breadthFirst(graph, first[first.length - 1]);
    }

    private static int[] breadthFirst(Graph graph, int start) {
        int n = graph.size();
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        int tail = 0;
        order[tail++] = start;
        seen[start] = true;
        for (int head = 0; head < tail; head++) {
            for (int w : graph.neighbours(order[head])) {
                if (!seen[w]) {
                    seen[w] = true;
                    order[tail++] = w;
                }
            }
        }
        return order;
    }
}
