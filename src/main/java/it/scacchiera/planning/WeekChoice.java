package it.scacchiera.planning;

import it.scacchiera.roster.Shift;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * The best week for one operator whose days of that week are all off for now: exactly the week's target
 * of days (rule 7), 11 hours of rest between shifts and from the weeks around it (rule 6), only allowed
 * shifts, and a free desk on each day for someone who may not work remotely. Depth first, the most
 * valuable shift of each day first, cut where even the best remaining days could not beat the best week.
 */
final class WeekChoice {
    private static final int NODE_BUDGET = 5_000;

    private final List<Assignment> days;
    private final List<List<Shift>> options = new ArrayList<>();
    private final int[][] values;
    private final int[] offValues;
    private final int[] bestAfter;
    private final long restFrom;
    private final long nextStart;
    private final int target;
    private final Shift[] chosen;
    private Shift[] best;
    private int bestValue = Integer.MIN_VALUE;
    private int nodes;

    /**
     * @param days the operator's days of one week, in date order, all off
     * @param all all the operator's days of the horizon
     * @param value what working a shift (or null: off) on a day is worth
     */
    WeekChoice(List<Assignment> days, List<Assignment> all, ToIntBiFunction<Assignment, Shift> value, SeatBook seats) {
        this.days = days;
        this.target = days.get(0).getWeekTarget().target();
        int n = days.size();
        values = new int[n][];
        offValues = new int[n];
        chosen = new Shift[n];
        long from = Long.MIN_VALUE;
        long next = Long.MAX_VALUE;
        for (Assignment b : all) {
            if (b.isWorking() && !days.contains(b)) {
                if (b.getDayIndex() < days.get(0).getDayIndex()) {
                    from = Math.max(from, b.getRestEnd());
                } else {
                    next = Math.min(next, b.getStart());
                }
            }
        }
        restFrom = from;
        nextStart = next;
        int[] top = new int[n];
        for (int i = 0; i < n; i++) {
            Assignment a = days.get(i);
            List<Shift> shifts = new ArrayList<>();
            for (Shift s : a.getShiftRange()) {
                if (a.startIf(s) >= restFrom
                        && a.endIf(s) + Assignment.REST_MINUTES <= nextStart
                        && (a.isRemoteAllowed() || seats.hasSeat(a, s))) {
                    shifts.add(s);
                }
            }
            int[] v = new int[shifts.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = value.applyAsInt(a, shifts.get(k));
            }
            Integer[] order = new Integer[v.length];
            for (int k = 0; k < v.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparingInt((Integer k) -> -v[k]));
            List<Shift> sorted = new ArrayList<>();
            values[i] = new int[v.length];
            for (int k = 0; k < v.length; k++) {
                sorted.add(shifts.get(order[k]));
                values[i][k] = v[order[k]];
            }
            options.add(sorted);
            offValues[i] = value.applyAsInt(a, null);
            top[i] = Math.max(offValues[i], v.length == 0 ? Integer.MIN_VALUE / 4 : values[i][0]);
        }
        bestAfter = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            bestAfter[i] = bestAfter[i + 1] + top[i];
        }
    }

    /** The shift of each day (null: off), or null when no week keeps the rules. */
    Shift[] best() {
        search(0, 0, restFrom, 0);
        return best;
    }

    private void search(int i, int worked, long restEnd, int value) {
        if (++nodes > NODE_BUDGET || value + bestAfter[i] <= bestValue) {
            return;
        }
        int left = days.size() - i;
        if (worked > target || worked + left < target) {
            return;
        }
        if (i == days.size()) {
            bestValue = value;
            best = chosen.clone();
            return;
        }
        Assignment a = days.get(i);
        List<Shift> shifts = options.get(i);
        boolean offFirst = shifts.isEmpty() || offValues[i] >= values[i][0];
        if (offFirst) {
            chosen[i] = null;
            search(i + 1, worked, restEnd, value + offValues[i]);
        }
        for (int k = 0; k < shifts.size(); k++) {
            Shift s = shifts.get(k);
            if (a.startIf(s) >= restEnd) {
                chosen[i] = s;
                search(i + 1, worked + 1, a.endIf(s) + Assignment.REST_MINUTES, value + values[i][k]);
            }
        }
        if (!offFirst) {
            chosen[i] = null;
            search(i + 1, worked, restEnd, value + offValues[i]);
        }
        chosen[i] = null;
    }
}
