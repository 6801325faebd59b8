package it.scacchiera.floorplan.capacity;

import java.util.Arrays;

/**
 * Safe reductions for maximum independent set, applied until none fires. For adjacent u and v with
 * N[u] ⊆ N[v], some maximum independent set avoids v, so v is dropped (domination). A vertex whose
 * neighbours form a clique (simplicial; isolated and pendant vertices are special cases) dominates all
 * of them, so they go and it is taken. On king and metric rooms the corners of desk blocks are
 * simplicial, so blocks peel away from their edges; what is left is usually around pillars and
 * screens, where the graph has chordless cycles, and branching takes over.
 */
final class Reduction {
    private final Graph graph;
    private final boolean[] alive;
    private final int[] degree;
    private final int[] mark;
    private int stamp;
    private final int[] queue;
    private final boolean[] queued;
    private int head;
    private int tail;
    private int pending;
    private final int[] taken;
    private int takenCount;

    private Reduction(Graph graph) {
        int n = graph.size();
        this.graph = graph;
        this.alive = new boolean[n];
        Arrays.fill(alive, true);
        this.degree = new int[n];
        for (int v = 0; v < n; v++) {
            degree[v] = graph.degree(v);
        }
        this.mark = new int[n];
        this.queue = new int[n];
        this.queued = new boolean[n];
        this.taken = new int[n];
    }

    /**
     * Reduces {@code graph}: the vertices taken (in every maximum independent set of some optimum) and
     * the residual, whose maximum independent set completes them to one of the whole graph.
     */
    static Reduced apply(Graph graph) {
        var reduction = new Reduction(graph);
        reduction.run();
        return new Reduced(Arrays.copyOf(reduction.taken, reduction.takenCount), reduction.alive);
    }

    /** @param taken local vertices taken; {@code residual[v]} whether v is still undecided */
    record Reduced(int[] taken, boolean[] residual) {}

    private void run() {
        for (int v = 0; v < graph.size(); v++) {
            enqueue(v);
        }
        while (pending > 0) {
            int v = queue[head];
            head = (head + 1) % queue.length;
            pending--;
            queued[v] = false;
            if (alive[v]) {
                examine(v);
            }
        }
    }

    private void enqueue(int v) {
        if (!queued[v]) {
            queued[v] = true;
            queue[tail] = v;
            tail = (tail + 1) % queue.length;
            pending++;
        }
    }

    private void examine(int v) {
        if (degree[v] > 0) {
            stamp++;
            mark[v] = stamp;
            for (int u : graph.neighbours(v)) {
                if (alive[u]) {
                    mark[u] = stamp;
                }
            }
            for (int u : graph.neighbours(v)) {
                if (!alive[u]) {
                    continue;
                }
                int common = 1; // u itself lies in N[v]
                for (int w : graph.neighbours(u)) {
                    if (alive[w] && mark[w] == stamp) {
                        common++;
                    }
                }
                if (common == degree[v] + 1) {
                    remove(u); // N[v] ⊆ N[u]: u is dominated; v stays and N[v] only shrinks
                } else if (common == degree[u] + 1) {
                    remove(v); // N[u] ⊆ N[v]
                    return;
                }
            }
        }
        if (degree[v] == 0) {
            taken[takenCount++] = v;
            alive[v] = false;
        }
    }

    private void remove(int v) {
        alive[v] = false;
        for (int w : graph.neighbours(v)) {
            if (alive[w]) {
                degree[w]--;
                enqueue(w); // only pairs with w changed; examining w checks them in both directions
            }
        }
    }
}
