package it.scacchiera.floorplan.capacity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Upper bound on the maximum independent set from the clique linear relaxation: maximise Σ x_v over
 * 0 ≤ x ≤ 1 with Σ_{v ∈ C} x_v ≤ 1 for every maximal clique C. It is bounded through its Lagrangian
 * dual: for any multipliers λ_C ≥ 0,
 *
 * <pre>  L(λ) = Σ_C λ_C + Σ_v max(0, 1 − Σ_{C ∋ v} λ_C)</pre>
 *
 * is at least Σ x_v for every independent set x (add λ_C (1 − Σ_{v∈C} x_v) ≥ 0 and maximise per
 * vertex), so any λ ≥ 0 gives a proven bound; no optimality of the LP is needed. λ is driven down by
 * a subgradient method with Polyak steps aimed at the incumbent. Soundness against rounding: L is a
 * sum of at most a few hundred thousand doubles of magnitude ≤ 1, so its floating error is far below
 * 1e-6; the integer bound is ⌊L + 1e-6⌋, which can only err upwards.
 */
final class CliqueBound {
    /** Past this many cliques (dense metric rules) the relaxation costs more than it proves. */
    private static final int MAX_CLIQUES = 200_000;

    private static final double SLACK = 1e-6;

    /** Enough to settle on halls of 2,000 desks; the stall test below usually stops it far sooner. */
    private static final int MAX_ITERATIONS = 5_000;

    private final int n;
    private final int[][] cliques;
    private final int[][] cliquesOf; // clique ids per vertex

    private CliqueBound(int n, int[][] cliques) {
        this.n = n;
        this.cliques = cliques;
        int[] count = new int[n];
        for (int[] clique : cliques) {
            for (int v : clique) {
                count[v]++;
            }
        }
        cliquesOf = new int[n][];
        for (int v = 0; v < n; v++) {
            cliquesOf[v] = new int[count[v]];
        }
        Arrays.fill(count, 0);
        for (int c = 0; c < cliques.length; c++) {
            for (int v : cliques[c]) {
                cliquesOf[v][count[v]++] = c;
            }
        }
    }

    /**
     * A proven upper bound on the maximum independent set of {@code graph}; stops early once it
     * reaches {@code incumbent} (nothing better can be proven), or when the deadline passes.
     */
    static int bound(Graph graph, int incumbent, long deadline) {
        int[][] cliques = maximalCliques(graph, deadline);
        if (cliques == null) {
            return graph.size();
        }
        return new CliqueBound(graph.size(), cliques).subgradient(incumbent, deadline);
    }

    /** Every maximal clique once (Bron–Kerbosch with pivot from its least vertex); null if too many. */
    static int[][] maximalCliques(Graph graph, long deadline) {
        List<int[]> found = new ArrayList<>();
        int[] buffer = new int[graph.maxDegree() + 1];
        for (int v = 0; v < graph.size(); v++) {
            if (System.nanoTime() > deadline || found.size() > MAX_CLIQUES) {
                return null;
            }
            int first = v;
            int[] later =
                    Arrays.stream(graph.neighbours(v)).filter(u -> u > first).toArray();
            int[] earlier =
                    Arrays.stream(graph.neighbours(v)).filter(u -> u < first).toArray();
            buffer[0] = v;
            extend(graph, buffer, 1, later, earlier, found);
        }
        return found.toArray(int[][]::new);
    }

    private static void extend(Graph graph, int[] clique, int size, int[] candidates, int[] excluded, List<int[]> out) {
        if (out.size() > MAX_CLIQUES) {
            return; // the caller gives up on this relaxation
        }
        if (candidates.length == 0) {
            if (excluded.length == 0) {
                out.add(Arrays.copyOf(clique, size));
            }
            return;
        }
        int pivot = pivot(graph, candidates, excluded);
        int[] rest = candidates.clone();
        int restSize = rest.length;
        int[] done = Arrays.copyOf(excluded, excluded.length + candidates.length);
        int doneSize = excluded.length;
        for (int v : candidates) {
            if (graph.adjacent(pivot, v)) {
                continue;
            }
            clique[size] = v;
            extend(graph, clique, size + 1, common(graph, v, rest, restSize), common(graph, v, done, doneSize), out);
            restSize = remove(rest, restSize, v);
            done[doneSize++] = v;
        }
    }

    private static int pivot(Graph graph, int[] candidates, int[] excluded) {
        int best = candidates[0];
        int bestCount = -1;
        for (int[] pool : new int[][] {candidates, excluded}) {
            for (int u : pool) {
                int count = 0;
                for (int w : candidates) {
                    count += graph.adjacent(u, w) ? 1 : 0;
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = u;
                }
            }
        }
        return best;
    }

    private static int[] common(Graph graph, int v, int[] pool, int size) {
        int[] out = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (graph.adjacent(v, pool[i])) {
                out[count++] = pool[i];
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static int remove(int[] pool, int size, int v) {
        for (int i = 0; i < size; i++) {
            if (pool[i] == v) {
                pool[i] = pool[size - 1];
                return size - 1;
            }
        }
        return size;
    }

    /** Subgradient descent on L(λ) from λ = 1 / (largest clique through each member); best ⌊L⌋ seen. */
    private int subgradient(int incumbent, long deadline) {
        double[] lambda = new double[cliques.length];
        for (int c = 0; c < cliques.length; c++) {
            int widest = 0;
            for (int v : cliques[c]) {
                widest = Math.max(widest, cliquesOf[v].length);
            }
            lambda[c] = 1.0 / widest;
        }
        double[] load = new double[n];
        boolean[] take = new boolean[n];
        double[] step = new double[cliques.length];
        int best = n;
        double scale = 2.0;
        double bestValue = Double.MAX_VALUE;
        int stale = 0;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if ((iteration & 15) == 0 && System.nanoTime() > deadline) {
                break;
            }
            double value = value(lambda, load, take);
            best = Math.min(best, (int) Math.floor(value + SLACK));
            if (best <= incumbent) {
                break;
            }
            if (value < bestValue - 1e-3) {
                bestValue = value;
                stale = 0;
            } else if (++stale >= 30) {
                scale /= 2; // no progress: shorten the Polyak step
                stale = 0;
                if (scale < 1e-4) {
                    break;
                }
            }
            double norm = 0;
            for (int c = 0; c < cliques.length; c++) {
                double g = 1;
                for (int v : cliques[c]) {
                    g -= take[v] ? 1 : 0;
                }
                if (lambda[c] <= 0 && g > 0) {
                    g = 0; // projected: λ_C cannot go below zero
                }
                step[c] = g;
                norm += g * g;
            }
            if (norm == 0) {
                break; // λ is optimal for this relaxation
            }
            // Polyak step aimed just under incumbent + 1, the level that proves the incumbent optimal
            double length = scale * (value - incumbent - 0.5) / norm;
            for (int c = 0; c < cliques.length; c++) {
                lambda[c] = Math.max(0, lambda[c] - length * step[c]);
            }
        }
        return best;
    }

    /** L(λ); fills each vertex's load Σ λ_C and whether the relaxation takes it (load below 1). */
    private double value(double[] lambda, double[] load, boolean[] take) {
        double value = 0;
        for (double l : lambda) {
            value += l;
        }
        for (int v = 0; v < n; v++) {
            double sum = 0;
            for (int c : cliquesOf[v]) {
                sum += lambda[c];
            }
            load[v] = sum;
            take[v] = sum < 1;
            value += Math.max(0, 1 - sum);
        }
        return value;
    }
}
