package it.scacchiera.floorplan.capacity;

import java.util.Arrays;

/**
 * Maximum independent set of a bipartite graph by König's theorem: a maximum matching
 * (Hopcroft–Karp) gives a minimum vertex cover, whose complement is a maximum independent set.
 * The checkerboard rule always gives a bipartite graph (colour = parity of row + column); other rules
 * sometimes do once walls split a room. O(E √V).
 */
public final class Konig {
    private static final int FREE = -1;

    private Konig() {}

    /** A maximum independent set (local vertices, ascending), or null when the graph is not bipartite. */
    public static int[] maximumIndependentSet(Graph graph) {
        int[] side = graph.twoColouring();
        if (side == null) {
            return null;
        }
        int[] mate = maximumMatching(graph, side);
        // Alternating reach from free left vertices: left via non-matching edges to the right, right
        // back to the left via its mate. Cover = unreached left + reached right; the rest is independent.
        boolean[] reached = new boolean[graph.size()];
        int[] queue = new int[graph.size()];
        int tail = 0;
        for (int v = 0; v < graph.size(); v++) {
            if (side[v] == 0 && mate[v] == FREE) {
                reached[v] = true;
                queue[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int w : graph.neighbours(v)) {
                if (!reached[w]) {
                    reached[w] = true;
                    int m = mate[w];
                    if (m != FREE && !reached[m]) {
                        reached[m] = true;
                        queue[tail++] = m;
                    }
                }
            }
        }
        int[] set = new int[graph.size()];
        int count = 0;
        for (int v = 0; v < graph.size(); v++) {
            if ((side[v] == 0) == reached[v]) {
                set[count++] = v;
            }
        }
        return Arrays.copyOf(set, count);
    }

    /** Hopcroft–Karp; returns each vertex's mate or FREE. Depth-first search is iterative: paths can be long. */
    static int[] maximumMatching(Graph graph, int[] side) {
        int n = graph.size();
        int[] mate = new int[n];
        Arrays.fill(mate, FREE);
        int[] layer = new int[n];
        int[] queue = new int[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        while (true) {
            // Layers of left vertices by alternating distance from the free ones.
            Arrays.fill(layer, -1);
            int tail = 0;
            for (int v = 0; v < n; v++) {
                if (side[v] == 0 && mate[v] == FREE) {
                    layer[v] = 0;
                    queue[tail++] = v;
                }
            }
            boolean found = false;
            for (int head = 0; head < tail; head++) {
                int v = queue[head];
                for (int w : graph.neighbours(v)) {
                    int m = mate[w];
                    if (m == FREE) {
                        found = true;
                    } else if (layer[m] < 0) {
                        layer[m] = layer[v] + 1;
                        queue[tail++] = m;
                    }
                }
            }
            if (!found) {
                return mate;
            }
            Arrays.fill(next, 0);
            for (int root = 0; root < n; root++) {
                if (side[root] == 0 && mate[root] == FREE) {
                    augmentFrom(graph, root, mate, layer, stack, next);
                }
            }
        }
    }

    private static void augmentFrom(Graph graph, int root, int[] mate, int[] layer, int[] stack, int[] next) {
        int depth = 0;
        stack[depth++] = root;
        while (depth > 0) {
            int v = stack[depth - 1];
            int[] around = graph.neighbours(v);
            if (next[v] == around.length) {
                layer[v] = -1; // dead end for the rest of this phase
                depth--;
                continue;
            }
            int w = around[next[v]++];
            int m = mate[w];
            if (m == FREE) {
                // Flip the path root … v → w: stack[i] gets the right vertex it stepped through.
                int right = w;
                for (int i = depth - 1; i >= 0; i--) {
                    int left = stack[i];
                    int previous = mate[left];
                    mate[left] = right;
                    mate[right] = left;
                    right = previous;
                }
                return;
            }
            if (layer[m] == layer[v] + 1) {
                stack[depth++] = m;
            }
        }
    }
}
