package it.scacchiera.floorplan.capacity;

import java.util.Arrays;
import java.util.PriorityQueue;

/** Quick lower and upper bounds on the maximum independent set of a graph. */
final class Bounds {
    private Bounds() {}

    /**
     * Upper bound: the number of cliques in a greedy clique cover, since an independent set holds at
     * most one vertex of each clique. Vertices join, in row-major order, the first clique of an earlier
     * neighbour that they are adjacent to entirely; on a full king block this builds the 2 × 2 squares,
     * under a metric rule the discs' inscribed squares, so the bound is tight on plain blocks.
     */
    static int cliqueCover(Graph graph) {
        int n = graph.size();
        int[] clique = new int[n];
        int[] cliqueSize = new int[n];
        int[] hits = new int[n];
        int cliques = 0;
        for (int v = 0; v < n; v++) {
            int chosen = -1;
            for (int u : graph.neighbours(v)) {
                if (u < v) {
                    hits[clique[u]]++;
                }
            }
            for (int u : graph.neighbours(v)) {
                if (u < v) {
                    int c = clique[u];
                    if (hits[c] == cliqueSize[c] && (chosen < 0 || cliqueSize[c] > cliqueSize[chosen])) {
                        chosen = c;
                    }
                }
            }
            for (int u : graph.neighbours(v)) {
                if (u < v) {
                    hits[clique[u]] = 0;
                }
            }
            if (chosen < 0) {
                chosen = cliques++;
            }
            clique[v] = chosen;
            cliqueSize[chosen]++;
        }
        return cliques;
    }

    /** Lower bound: repeatedly take a vertex of least remaining degree (local vertices, ascending). */
    static int[] greedy(Graph graph) {
        int n = graph.size();
        int[] degree = new int[n];
        boolean[] gone = new boolean[n];
        var queue =
                new PriorityQueue<long[]>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (int v = 0; v < n; v++) {
            degree[v] = graph.degree(v);
            queue.add(new long[] {degree[v], v});
        }
        int[] set = new int[n];
        int count = 0;
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int v = (int) top[1];
            if (gone[v] || top[0] != degree[v]) {
                continue; // stale entry
            }
            set[count++] = v;
            gone[v] = true;
            for (int u : graph.neighbours(v)) {
                if (!gone[u]) {
                    gone[u] = true;
                    for (int w : graph.neighbours(u)) {
                        if (!gone[w]) {
                            degree[w]--;
                            queue.add(new long[] {degree[w], w});
                        }
                    }
                }
            }
        }
        int[] result = Arrays.copyOf(set, count);
        Arrays.sort(result);
        return result;
    }
}
