package it.scacchiera.planning;

import it.scacchiera.roster.Shift;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which of a room's two seat patterns each time window packs first, decided in time order before any desk
 * is booked: a window that starts within the sanitisation gap after another ends takes the other pattern (they
 * cannot share a desk), one that overlaps an earlier window takes its pattern (one pattern's desks are never
 * neighbours), any other the capacity pattern. Three shifts back to back around the clock (06–14, 14–22,
 * 22–06) thus alternate from day to day, as a full room on each of them requires.
 */
final class WindowPatterns {
    private WindowPatterns() {}

    /** The key of the window [start, end) in a seat book. */
    static long key(long start, long end) {
        return start * 100_000 + (end - start);
    }

    /** Per window of every shift any assignment of {@code plan} may take: true when the second pattern comes first. */
    static Map<Long, Boolean> of(Plan plan, int gap) {
        TreeSet<long[]> windows =
                new TreeSet<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        for (Assignment a : plan.getAssignments()) {
            for (Shift s : a.getShiftRange()) {
                windows.add(new long[] {a.startIf(s), a.endIf(s)});
            }
        }
        Map<Long, Boolean> second = new HashMap<>();
        List<long[]> decided = new ArrayList<>();
        for (long[] w : windows) {
            long[] before = null;
            long[] overlapping = null;
            for (long[] d : decided) {
                if (d[1] <= w[0] && w[0] - d[1] < gap && (before == null || d[1] > before[1])) {
                    before = d;
                }
                if (d[0] < w[1] && w[0] < d[1]) {
                    overlapping = d;
                }
            }
            boolean pick = before != null
                    ? !second.get(key(before[0], before[1]))
                    : overlapping != null && second.get(key(overlapping[0], overlapping[1]));
            second.put(key(w[0], w[1]), pick);
            decided.add(w);
        }
        return second;
    }
}
