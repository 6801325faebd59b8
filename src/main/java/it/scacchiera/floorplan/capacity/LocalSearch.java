package it.scacchiera.floorplan.capacity;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Random;

/**
 * Iterated local search for a large independent set (Andrade, Resende and Werneck's (1,2)-swaps): drop
 * one vertex of the set to let in two of its neighbours that only it blocked; when no swap is left,
 * force a random vertex in and repair. Used only when the exact search is cut short, to give the
 * planner a better pattern; it proves nothing. Seeded, so the same room gives the same pattern.
 */
public final class LocalSearch {
    private final Graph graph;
    private final boolean[] inSet;
    private final int[] tight; // how many neighbours in the set
    private int size;
    private final ArrayDeque<Integer> pending = new ArrayDeque<>();

    private LocalSearch(Graph graph) {
        this.graph = graph;
        this.inSet = new boolean[graph.size()];
        this.tight = new int[graph.size()];
    }

    /** A set at least as large as {@code start} (vertices, ascending), improved until {@code deadline}. */
    public static int[] improve(Graph graph, int[] start, long deadline) {
        return improve(graph, start, deadline, Integer.MAX_VALUE);
    }

    /** As {@link #improve(Graph, int[], long)}, stopping early once the set reaches {@code target}. */
    static int[] improve(Graph graph, int[] start, long deadline, int target) {
        var search = new LocalSearch(graph);
        for (int v : start) {
            search.add(v);
        }
        search.fill();
        search.swapUntilStuck();
        boolean[] best = search.inSet.clone();
        int bestSize = search.size;
        var random = new Random(graph.size());
        for (int round = 0; graph.size() > 0; round++) {
            if (bestSize >= target || (round & 15) == 0 && System.nanoTime() > deadline) {
                break;
            }
            search.force(random.nextInt(graph.size()));
            search.swapUntilStuck();
            if (search.size > bestSize) {
                best = search.inSet.clone();
                bestSize = search.size;
            } else if (search.size < bestSize - 1) {
                search.reset(best); // wandered too far down: restart from the best
            }
        }
        int[] set = new int[bestSize];
        int count = 0;
        for (int v = 0; v < best.length; v++) {
            if (best[v]) {
                set[count++] = v;
            }
        }
        return Arrays.copyOf(set, count);
    }

    private void add(int v) {
        inSet[v] = true;
        size++;
        for (int w : graph.neighbours(v)) {
            tight[w]++;
        }
        pending.add(v);
    }

    private void drop(int v) {
        inSet[v] = false;
        size--;
        for (int w : graph.neighbours(v)) {
            tight[w]--;
        }
    }

    /** Adds every vertex that nothing blocks. */
    private void fill() {
        for (int v = 0; v < graph.size(); v++) {
            if (!inSet[v] && tight[v] == 0) {
                add(v);
            }
        }
    }

    private void force(int v) {
        if (inSet[v]) {
            return;
        }
        for (int w : graph.neighbours(v)) {
            if (inSet[w]) {
                drop(w);
            }
        }
        add(v);
        for (int w : graph.neighbours(v)) {
            for (int x : graph.neighbours(w)) {
                if (!inSet[x] && tight[x] == 0) {
                    add(x);
                }
            }
        }
    }

    private void reset(boolean[] set) {
        Arrays.fill(inSet, false);
        Arrays.fill(tight, 0);
        size = 0;
        for (int v = 0; v < set.length; v++) {
            if (set[v]) {
                add(v);
            }
        }
    }

    private void swapUntilStuck() {
        while (!pending.isEmpty()) {
            int x = pending.poll();
            if (inSet[x]) {
                trySwap(x);
            }
        }
    }

    /** (1,2)-swap around x: two non-adjacent neighbours blocked by x alone replace it. */
    private void trySwap(int x) {
        int[] around = graph.neighbours(x);
        for (int i = 0; i < around.length; i++) {
            int u = around[i];
            if (inSet[u] || tight[u] != 1) {
                continue;
            }
            for (int j = i + 1; j < around.length; j++) {
                int w = around[j];
                if (!inSet[w] && tight[w] == 1 && !graph.adjacent(u, w)) {
                    drop(x);
                    add(u);
                    add(w);
                    for (int v : around) {
                        if (!inSet[v] && tight[v] == 0) {
                            add(v);
                        }
                    }
                    return;
                }
            }
        }
    }
}
