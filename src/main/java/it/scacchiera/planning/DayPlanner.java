package it.scacchiera.planning;

import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Shift;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Construction, step 1: for each operator, which days to work, which shift and which service. Each
 * week gets exactly its target of days (rule 7) with 11 hours of rest between shifts (rule 6),
 * preferring the days, shifts and services whose demand is least covered so far.
 */
final class DayPlanner {
    /** Depth-first search budget per operator; beyond it the operator gets a greedy plan, rest ignored. */
    private static final int NODE_BUDGET = 20_000;

    /** Past construction's deadline, a much smaller budget keeps the remaining operators quick. */
    private static final int LATE_NODE_BUDGET = 500;

    private static final double PUBLISHED_BONUS = 1_000_000;

    private final Map<Key, Integer> remaining = new HashMap<>();
    private final Random random;
    private final SeatBook seats;
    private final Cutoff cutoff;

    DayPlanner(List<Demand> demands, Plan plan, Random random, SeatBook seats, Cutoff cutoff) {
        this.random = random;
        this.seats = seats;
        this.cutoff = cutoff;
        for (Demand d : demands) {
            if (plan.getHorizon().contains(d.date())) {
                remaining.merge(
                        key((int) ChronoUnit.DAYS.between(plan.getHorizon().from(), d.date()), d.shift(), d.service()),
                        d.required(),
                        Integer::sum);
            }
        }
        for (Assignment a : plan.getAssignments()) {
            if (a.isPinned() && a.isWorking()) {
                take(a.getDayIndex(), a.getShiftCode(), a.getService());
            }
        }
    }

    /**
     * Plans one operator's days, given their assignments in date order, and seats them. Someone who
     * may not work remotely is only planned where a desk is free, unless no such plan exists.
     */
    void plan(List<Assignment> days) {
        boolean officeOnly = !days.get(0).isRemoteAllowed();
        int budget = !cutoff.passed() ? NODE_BUDGET : LATE_NODE_BUDGET;
        List<List<Shift>> all = new ArrayList<>();
        List<List<Shift>> seated = new ArrayList<>();
        for (Assignment a : days) {
            List<Shift> shifts = new ArrayList<>(a.getShiftRange());
            Map<Shift, Double> preference = new HashMap<>();
            shifts.forEach(s -> preference.put(s, preference(a, s)));
            shifts.sort(Comparator.comparingDouble((Shift s) -> -preference.get(s)));
            all.add(shifts);
            seated.add(
                    officeOnly
                            ? shifts.stream().filter(s -> seats.hasSeat(a, s)).toList()
                            : shifts);
        }
        Shift[] chosen = choose(days, seated, budget);
        if (chosen == null && officeOnly) {
            chosen = choose(days, all, budget);
        }
        if (chosen == null) {
            chosen = greedy(days, all);
        }
        for (int i = 0; i < days.size(); i++) {
            Assignment a = days.get(i);
            if (a.isPinned()) {
                continue;
            }
            a.setShift(chosen[i]);
            a.setLocation(Location.REMOTE);
            if (chosen[i] != null) {
                a.setService(bestService(a));
                take(a.getDayIndex(), a.getShiftCode(), a.getService());
                if (officeOnly) {
                    Location desk = seats.seat(a);
                    // No desk: rule 4 broken, for the seat repair and local search to mend.
                    a.setLocation(desk == null ? Location.REMOTE : desk);
                }
            }
        }
    }

    /** A plan keeping rest and week targets within {@code options}, or null when none was found in budget. */
    private Shift[] choose(List<Assignment> days, List<List<Shift>> options, int budget) {
        int n = days.size();
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            Assignment a = days.get(i);
            List<Shift> shifts = options.get(i);
            best[i] = shifts.isEmpty() ? -1 : preference(a, shifts.get(0)) + random.nextDouble() * 0.5;
        }
        boolean[] preferred = preferredDays(days, best);
        int[] laterInWeek = new int[n];
        for (int i = n - 2; i >= 0; i--) {
            laterInWeek[i] =
                    i % 7 == 6 ? 0 : laterInWeek[i + 1] + (options.get(i + 1).isEmpty() ? 0 : 1);
        }
        Shift[] chosen = new Shift[n];
        var search = new Search(days, options, preferred, laterInWeek, chosen, budget);
        return search.run(0, 0, Long.MIN_VALUE) ? chosen : null;
    }

    /** No rest-respecting plan was found in budget: the neediest days, first shift, rest ignored. */
    private Shift[] greedy(List<Assignment> days, List<List<Shift>> options) {
        int n = days.size();
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            best[i] = options.get(i).isEmpty()
                    ? -1
                    : preference(days.get(i), options.get(i).get(0));
        }
        boolean[] preferred = preferredDays(days, best);
        Shift[] chosen = new Shift[n];
        for (int i = 0; i < n; i++) {
            Assignment a = days.get(i);
            chosen[i] = a.isPinned()
                    ? a.getShift()
                    : preferred[i] && !options.get(i).isEmpty() ? options.get(i).get(0) : null;
        }
        return chosen;
    }

    private boolean[] preferredDays(List<Assignment> days, double[] best) {
        boolean[] preferred = new boolean[days.size()];
        for (int w = 0; w * 7 < days.size(); w++) {
            List<Integer> week = new ArrayList<>();
            for (int i = w * 7; i < Math.min(days.size(), w * 7 + 7); i++) {
                week.add(i);
            }
            week.sort(Comparator.comparingDouble(i -> -best[i]));
            int target = days.get(w * 7).getWeekTarget().target();
            for (int k = 0; k < Math.min(target, week.size()); k++) {
                preferred[week.get(k)] = true;
            }
        }
        return preferred;
    }

    /** Need, and far above it the previously published shift: a new plan changes as little as it can. */
    private double preference(Assignment a, Shift shift) {
        boolean published =
                a.getPublished() != null && shift.code().equals(a.getPublished().shift());
        return need(a, shift) + (published ? PUBLISHED_BONUS : 0);
    }

    private String bestService(Assignment a) {
        String best = a.getServiceRange().get(0);
        int bestNeed = Integer.MIN_VALUE;
        if (a.getPublished() != null
                && a.getShiftCode().equals(a.getPublished().shift())
                && a.getServiceRange().contains(a.getPublished().service())) {
            // The published service stands; where it leaves a need, the coverage repair finds it.
            return a.getPublished().service();
        }
        for (String service : a.getServiceRange()) {
            int need = remaining.getOrDefault(key(a.getDayIndex(), a.getShiftCode(), service), 0);
            if (need > bestNeed) {
                best = service;
                bestNeed = need;
            }
        }
        return best;
    }

    private double need(Assignment a, Shift shift) {
        int best = 0;
        for (String service : a.getServiceRange()) {
            best = Math.max(best, remaining.getOrDefault(key(a.getDayIndex(), shift.code(), service), 0));
        }
        return best;
    }

    private void take(int day, String shift, String service) {
        remaining.computeIfPresent(key(day, shift, service), (k, v) -> v - 1);
    }

    private static Key key(int day, String shift, String service) {
        return new Key(day, shift, service);
    }

    private record Key(int day, String shift, String service) {}

    /** Chronological depth-first search: preferred days try working first, the others resting first. */
    private static final class Search {
        private final List<Assignment> days;
        private final List<List<Shift>> options;
        private final boolean[] preferred;
        private final int[] laterInWeek;
        private final Shift[] chosen;
        private final int budget;
        private int nodes;

        Search(
                List<Assignment> days,
                List<List<Shift>> options,
                boolean[] preferred,
                int[] laterInWeek,
                Shift[] chosen,
                int budget) {
            this.budget = budget;
            this.days = days;
            this.options = options;
            this.preferred = preferred;
            this.laterInWeek = laterInWeek;
            this.chosen = chosen;
        }

        boolean run(int i, int inWeek, long restEnd) {
            if (++nodes > budget) {
                return false;
            }
            if (i == days.size()) {
                return true;
            }
            Assignment a = days.get(i);
            int target = a.getWeekTarget().target();
            boolean lastOfWeek = i % 7 == 6 || i == days.size() - 1;
            if (a.isPinned()) {
                chosen[i] = a.getShift();
                return step(i, inWeek + (a.isWorking() ? 1 : 0), a.isWorking() ? a.getRestEnd() : restEnd, lastOfWeek);
            }
            boolean mayRest = inWeek + laterInWeek[i] >= target;
            boolean mayWork = inWeek < target;
            if (!preferred[i] && mayRest && rest(i, inWeek, restEnd, lastOfWeek)) {
                return true;
            }
            if (mayWork) {
                for (Shift s : options.get(i)) {
                    long start = a.startIf(s);
                    if (start >= restEnd) {
                        chosen[i] = s;
                        if (step(i, inWeek + 1, a.endIf(s) + Assignment.REST_MINUTES, lastOfWeek)) {
                            return true;
                        }
                    }
                }
            }
            return preferred[i] && mayRest && rest(i, inWeek, restEnd, lastOfWeek);
        }

        private boolean rest(int i, int inWeek, long restEnd, boolean lastOfWeek) {
            chosen[i] = null;
            return step(i, inWeek, restEnd, lastOfWeek);
        }

        private boolean step(int i, int inWeek, long restEnd, boolean lastOfWeek) {
            if (lastOfWeek && inWeek != days.get(i).getWeekTarget().target()) {
                return false;
            }
            return run(i + 1, lastOfWeek ? 0 : inWeek, restEnd);
        }
    }
}
