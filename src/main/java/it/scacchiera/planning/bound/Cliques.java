package it.scacchiera.planning.bound;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Maximal cliques of an interval graph: the intervals [start, end + extension) that share a moment.
 * Whatever can hold only once at a moment (one operator's rest, one room's seats) is bounded on
 * each such clique; the maximal ones imply all the others.
 */
final class Cliques {
    private Cliques() {}

    static List<List<ShiftInstance>> of(List<ShiftInstance> instances, long extension) {
        List<ShiftInstance> sorted = new ArrayList<>(instances);
        sorted.sort(Comparator.comparingLong(ShiftInstance::start));
        List<Long> starts = sorted.stream().map(ShiftInstance::start).distinct().toList();
        List<List<ShiftInstance>> cliques = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            long t = starts.get(p);
            List<ShiftInstance> clique = new ArrayList<>();
            boolean endsBeforeNext = p + 1 == starts.size();
            for (ShiftInstance i : sorted) {
                if (i.start() <= t && t < i.end() + extension) {
                    clique.add(i);
                    endsBeforeNext |= p + 1 < starts.size() && i.end() + extension <= starts.get(p + 1);
                }
            }
            if (endsBeforeNext) { // otherwise the clique at the next start holds this one
                cliques.add(clique);
            }
        }
        return cliques;
    }

    /**
     * The fewest groups of pairwise overlapping intervals [start, end) that cover the clique (for
     * intervals, the most pairwise disjoint ones: greedy by end).
     */
    static int cover(List<ShiftInstance> clique) {
        List<ShiftInstance> byEnd = new ArrayList<>(clique);
        byEnd.sort(Comparator.comparingLong(ShiftInstance::end));
        int groups = 0;
        long free = Long.MIN_VALUE;
        for (ShiftInstance i : byEnd) {
            if (i.start() >= free) {
                groups++;
                free = i.end();
            }
        }
        return groups;
    }
}
