package it.scacchiera.floorplan.capacity;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Exact maximum independent set for the conflict graphs of rooms: split into connected components;
 * bipartite ones are solved by König; the others are reduced ({@link Reduction}); each residual part
 * is tried with a brief local search against the clique relaxation bound ({@link CliqueBound}), then
 * the frontier sweep ({@link FrontierDp}), then branch and bound (take or drop a vertex of highest
 * degree), bounded by a greedy clique cover and re-reduced and re-split at every node. Past the deadline it stops and returns the best set found
 * with a sound upper bound. One instance per call: it holds the deadline and the search state.
 */
public final class IndependentSetSolver {
    /** Below this many vertices branch and bound is quicker than setting up a sweep. */
    private static final int SWEEP_FROM = 40;

    /** A gap to the clique relaxation this small is worth a longer local search. */
    private static final int CLOSE_GAP = 2;

    private final long deadline;
    private final boolean useKonig;
    private final boolean useSweep;
    private final boolean useRelaxation;
    private boolean timedOut;
    private boolean branching;

    /**
     * @param set root vertex ids, ascending
     * @param upperBound a proven upper bound on the maximum independent set (its size when optimal)
     * @param optimal whether {@code set} is proven maximum, or reaches {@code target}
     */
    public record Outcome(int[] set, int upperBound, boolean optimal) {}

    private IndependentSetSolver(long deadline, boolean useKonig, boolean useSweep, boolean useRelaxation) {
        this.deadline = deadline;
        this.useKonig = useKonig;
        this.useSweep = useSweep;
        this.useRelaxation = useRelaxation;
    }

    /**
     * A maximum independent set of {@code graph}, or, once one of at least {@code target} vertices is
     * found, that one (callers that cap the answer need no more).
     *
     * @param deadline a {@link System#nanoTime()} instant after which the search gives up
     */
    public static Outcome solve(Graph graph, long deadline, int target) {
        return solve(graph, deadline, target, true, true, true);
    }

    /** As {@link #solve(Graph, long, int)} with König or the frontier sweep switched off. */
    static Outcome solve(Graph graph, long deadline, int target, boolean useKonig, boolean useSweep) {
        return solve(graph, deadline, target, useKonig, useSweep, true);
    }

    /**
     * As {@link #solve(Graph, long, int)} with König, the frontier sweep or the clique relaxation
     * switched off, so that tests can check each exact method against the branch and bound.
     */
    static Outcome solve(
            Graph graph, long deadline, int target, boolean useKonig, boolean useSweep, boolean useRelaxation) {
        var solver = new IndependentSetSolver(deadline, useKonig, useSweep, useRelaxation);
        boolean[] all = new boolean[graph.size()];
        Arrays.fill(all, true);
        // Smallest first: when time runs out on a large part, the small ones are already proven.
        var components = graph.components(all).stream()
                .sorted(Comparator.comparingInt(part -> part.length))
                .map(graph::induced)
                .toList();
        int[] greedy = new int[components.size()];
        int rest = 0;
        for (int i = 0; i < components.size(); i++) {
            greedy[i] = Bounds.greedy(components.get(i)).length;
            rest += greedy[i];
        }
        var set = new IntStack(graph.size());
        int bound = 0;
        boolean optimal = true;
        for (int i = 0; i < components.size(); i++) {
            rest -= greedy[i];
            Graph component = components.get(i);
            Outcome part;
            if (set.size() + greedy[i] + rest >= target) {
                part = new Outcome(ids(component, Bounds.greedy(component)), Bounds.cliqueCover(component), false);
            } else {
                part = solver.component(component);
            }
            set.pushAll(part.set());
            bound += part.upperBound();
            optimal &= part.optimal();
        }
        optimal |= set.size() >= target;
        return new Outcome(set.sorted(), Math.max(bound, set.size()), optimal);
    }

    /** Exact for a connected graph unless the deadline passes. */
    private Outcome component(Graph graph) {
        int[] bipartite = useKonig ? Konig.maximumIndependentSet(graph) : null;
        if (bipartite != null) {
            return exact(ids(graph, bipartite));
        }
        var reduced = Reduction.apply(graph);
        var set = new IntStack(graph.size());
        set.pushAll(ids(graph, reduced.taken()));
        int bound = set.size();
        boolean optimal = true;
        var parts = graph.components(reduced.residual());
        parts.sort(Comparator.comparingInt(part -> part.length));
        for (int[] part : parts) {
            Outcome outcome = connected(graph.induced(part));
            set.pushAll(outcome.set());
            bound += outcome.upperBound();
            optimal &= outcome.optimal();
        }
        return new Outcome(set.sorted(), bound, optimal);
    }

    /** A connected graph that no reduction applies to. */
    private Outcome connected(Graph graph) {
        int[] bipartite = useKonig ? Konig.maximumIndependentSet(graph) : null;
        if (bipartite != null) {
            return exact(ids(graph, bipartite));
        }
        var search = new Search(ids(graph, Bounds.greedy(graph)));
        int bound = Bounds.cliqueCover(graph);
        boolean sweepTried = false;
        if (useRelaxation && !branching && search.best.length < bound && graph.size() > SWEEP_FROM) {
            // Open halls: the clique relaxation bound is far tighter than the greedy cover, and a
            // brief local search usually meets it; together they prove in tens of milliseconds what
            // the sweep (frontier too wide) and branching cannot. The search goes first: the
            // relaxation's steps aim at its incumbent and stop once that is proven.
            // brief: when the gap is the relaxation's own, the sweep below needs the time
            long slice = slice(8, graph.size() * 30_000L);
            search.best = ids(graph, LocalSearch.improve(graph, Bounds.greedy(graph), slice, bound));
            if (search.best.length < bound) {
                bound = Math.min(bound, CliqueBound.bound(graph, search.best.length, deadline));
            }
            if (search.best.length < bound && bound - search.best.length <= CLOSE_GAP) {
                // A seat or two short of the relaxation: on shallow halls the sweep proves it at
                // once, so it goes first with a quarter of the time; on wide halls, where it fails,
                // a longer local search meeting the bound is the likelier proof.
                if (useSweep) {
                    int[] swept = FrontierDp.maximumIndependentSet(graph, slice(4, Long.MAX_VALUE));
                    if (swept != null) {
                        return exact(ids(graph, swept));
                    }
                    sweepTried = true;
                }
                int[] start = local(graph, search.best);
                search.best = ids(graph, LocalSearch.improve(graph, start, slice(2, graph.size() * 2_000_000L), bound));
            }
        }
        if (useSweep && !sweepTried && search.best.length < bound && graph.size() > SWEEP_FROM) {
            int[] swept = FrontierDp.maximumIndependentSet(graph, deadline);
            if (swept != null) {
                return exact(ids(graph, swept));
            }
        }
        if (search.best.length < bound) {
            boolean nested = branching;
            branching = true; // components split off inside the search skip the costly relaxation
            branch(graph, search, new IntStack(graph.size()));
            branching = nested;
            if (!timedOut) { // once the deadline passes every search stops, nested ones first
                bound = search.best.length;
            }
        }
        return new Outcome(search.best, bound, search.best.length == bound);
    }

    private static Outcome exact(int[] set) {
        Arrays.sort(set);
        return new Outcome(set, set.length, true);
    }

    /** The incumbent of one connected search. */
    private static final class Search {
        int[] best;

        Search(int[] start) {
            best = start;
        }

        void offer(IntStack chosen) {
            if (chosen.size() > best.length) {
                best = chosen.sorted();
            }
        }
    }

    private void branch(Graph graph, Search search, IntStack chosen) {
        if (timedOut || System.nanoTime() > deadline) {
            timedOut = true;
            return;
        }
        int mark = chosen.size();
        var reduced = Reduction.apply(graph);
        chosen.pushAll(ids(graph, reduced.taken()));
        var parts = graph.components(reduced.residual());
        if (parts.size() == 1) {
            Graph rest = graph.induced(parts.get(0));
            if (chosen.size() + Bounds.cliqueCover(rest) > search.best.length) {
                int[] bipartite = useKonig ? Konig.maximumIndependentSet(rest) : null;
                if (bipartite != null) {
                    chosen.pushAll(ids(rest, bipartite));
                    search.offer(chosen);
                } else {
                    split(rest, search, chosen);
                }
            }
        } else {
            int bound = chosen.size();
            var graphs = parts.stream().map(graph::induced).toList();
            for (Graph part : graphs) {
                bound += Bounds.cliqueCover(part);
            }
            if (bound > search.best.length) {
                for (Graph part : graphs) {
                    chosen.pushAll(connected(part).set());
                }
                search.offer(chosen);
            }
        }
        chosen.truncate(mark);
    }

    /** Branches on a vertex of highest degree: in the set (its neighbours go) or not. */
    private void split(Graph graph, Search search, IntStack chosen) {
        int pivot = 0;
        for (int v = 1; v < graph.size(); v++) {
            if (graph.degree(v) > graph.degree(pivot)) {
                pivot = v;
            }
        }
        boolean[] keep = new boolean[graph.size()];
        Arrays.fill(keep, true);
        keep[pivot] = false;
        for (int u : graph.neighbours(pivot)) {
            keep[u] = false;
        }
        chosen.push(graph.id(pivot));
        branch(graph.induced(keep), search, chosen);
        chosen.truncate(chosen.size() - 1);
        Arrays.fill(keep, true);
        keep[pivot] = false;
        branch(graph.induced(keep), search, chosen);
    }

    /** Now plus the smaller of {@code 1/divisor} of the time left and {@code most} nanoseconds. */
    private long slice(int divisor, long most) {
        long now = System.nanoTime();
        long left = deadline - now; // overflows (negative) only when the deadline is "never"
        if (deadline > now && left < 0) {
            left = Long.MAX_VALUE;
        }
        return now + Math.max(0, Math.min(left / divisor, most));
    }

    /** The local vertices of {@code graph} with the given root ids (both ascending). */
    private static int[] local(Graph graph, int[] ids) {
        int[] local = new int[ids.length];
        int count = 0;
        for (int v = 0; v < graph.size() && count < ids.length; v++) {
            if (graph.id(v) == ids[count]) {
                local[count++] = v;
            }
        }
        return Arrays.copyOf(local, count);
    }

    private static int[] ids(Graph graph, int[] local) {
        int[] ids = new int[local.length];
        for (int i = 0; i < local.length; i++) {
            ids[i] = graph.id(local[i]);
        }
        return ids;
    }
}
