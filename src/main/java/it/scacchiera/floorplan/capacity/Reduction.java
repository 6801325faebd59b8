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
    private final int[] inClosed; // stamp: in N[S] of the confinement test
    private final int[] inSet; // stamp: in S
    private final int[] hits; // |N(x) ∩ S|, valid where inClosed is current
    private final int[] closed;

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
        this.inClosed = new int[n];
        this.inSet = new int[n];
        this.hits = new int[n];
        this.closed = new int[n];
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
            if (degree[v] > 0 && unconfined(v)) {
                remove(v);
                return;
            }
        }
        if (degree[v] == 0) {
            taken[takenCount++] = v;
            alive[v] = false;
        }
    }

    /**
     * Xiao and Nagamochi's confinement test, which generalises domination: grow an independent S from
     * {v}; a neighbour u of S with a single neighbour in S and no neighbour outside N[S] shows some
     * maximum independent set avoids v; one with exactly one such outside neighbour w forces w into S.
     * S is kept small so that the test stays cheap.
     */
    private boolean unconfined(int v) {
        stamp++;
        int size = 0;
        int members = 0;
        size = join(v, size);
        members++;
        while (members <= MAX_CONFINING) {
            int bestOutside = Integer.MAX_VALUE;
            int extension = -1;
            for (int i = 0; i < size && bestOutside > 0; i++) {
                int u = closed[i];
                if (inSet[u] == stamp || hits[u] != 1) {
                    continue;
                }
                int outside = 0;
                int last = -1;
                for (int w : graph.neighbours(u)) {
                    if (alive[w] && inClosed[w] != stamp) {
                        outside++;
                        last = w;
                        if (outside > 1) {
                            break;
                        }
                    }
                }
                if (outside < bestOutside) {
                    bestOutside = outside;
                    extension = last;
                }
            }
            if (bestOutside == 0) {
                return true;
            }
            if (bestOutside != 1) {
                return false;
            }
            size = join(extension, size);
            members++;
        }
        return false;
    }

    private static final int MAX_CONFINING = 12;

    /** Adds {@code w} to S: marks it and its neighbours as in N[S] and counts their neighbours in S. */
    private int join(int w, int size) {
        inSet[w] = stamp;
        if (inClosed[w] != stamp) {
            inClosed[w] = stamp;
            hits[w] = 0;
            closed[size++] = w;
        }
        for (int x : graph.neighbours(w)) {
            if (!alive[x]) {
                continue;
            }
            if (inClosed[x] != stamp) {
                inClosed[x] = stamp;
                hits[x] = 0;
                closed[size++] = x;
            }
            hits[x]++;
        }
        return size;
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
