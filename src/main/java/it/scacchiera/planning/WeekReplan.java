package it.scacchiera.planning;

import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Shift;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Between rounds of local search, after {@link CoverageRepair}: a few operators' whole weeks are taken
 * out and planned again, one operator at a time in a random order, each with the best week left for
 * them ({@link #bestWeek}); the new weeks stay only when the plan is then less short. A coverage gain
 * sometimes needs several colleagues to change several days together, because rest (rule 6) and the
 * days of the week (rule 7) tie each day to the next: chains of single changes cannot get there (N+
 * seed 0, where an exact program's plan gives seven operators other weeks).
 */
final class WeekReplan {
    private record Slot(int day, String shift, String service) {}

    private record Memo(Shift shift, String service, Location location) {}

    /** How many times one ruin is planned again, each in another order. */
    private static final int ORDERS = 6;

    private static final int MOST_TAKEN_OUT = 10;

    private final SeatBook seats;
    private final Random random;
    private final Map<Slot, Integer> required = new HashMap<>();
    private final Map<Slot, Integer> staffed = new HashMap<>();
    /** Per operator, per horizon week, their days in date order. */
    private final Map<String, List<List<Assignment>>> weeks = new LinkedHashMap<>();

    private final List<List<Assignment>> byDay = new ArrayList<>();
    private int shortfall;

    WeekReplan(Plan plan, SeatBook seats, Random random) {
        this.seats = seats;
        this.random = random;
        for (Demand d : plan.getDemands()) {
            if (plan.getHorizon().contains(d.date())) {
                int day = (int) ChronoUnit.DAYS.between(plan.getHorizon().from(), d.date());
                required.merge(new Slot(day, d.shift(), d.service()), d.required(), Integer::sum);
            }
        }
        for (Assignment a : plan.getAssignments()) {
            List<List<Assignment>> own = weeks.computeIfAbsent(a.getOperatorId(), k -> new ArrayList<>());
            while (own.size() <= a.getWeek()) {
                own.add(new ArrayList<>());
            }
            own.get(a.getWeek()).add(a);
            while (byDay.size() <= a.getDayIndex()) {
                byDay.add(new ArrayList<>());
            }
            byDay.get(a.getDayIndex()).add(a);
            if (a.isWorking()) {
                staffed.merge(slot(a), 1, Integer::sum);
            }
        }
        weeks.values().forEach(w -> w.forEach(days -> days.sort((x, y) -> x.getDayIndex() - y.getDayIndex())));
        required.forEach((slot, need) -> shortfall += Math.max(0, need - staffed.getOrDefault(slot, 0)));
    }

    /** Ruins and re-plans until the cutoff or {@code attempts}; returns the units of coverage gained. */
    int improve(Cutoff cutoff, int attempts) {
        int start = shortfall;
        for (int i = 0; i < attempts && shortfall > 0 && !cutoff.passed(); i++) {
            List<Slot> shortSlots = new ArrayList<>();
            required.forEach((slot, need) -> {
                if (staffed.getOrDefault(slot, 0) < need) {
                    shortSlots.add(slot);
                }
            });
            shortSlots.sort((x, y) -> x.toString().compareTo(y.toString()));
            attempt(shortSlots.get(random.nextInt(shortSlots.size())));
        }
        return start - shortfall;
    }

    /** Takes out someone who could fill {@code slot} and a few colleagues, and plans their weeks again. */
    private void attempt(Slot slot) {
        List<Assignment> could = new ArrayList<>();
        for (Assignment a : byDay.get(slot.day)) {
            if (!slot.shift.equals(a.getShiftCode())
                    && a.getServiceRange().contains(slot.service)
                    && a.getShiftRange().stream().anyMatch(s -> s.code().equals(slot.shift))
                    && free(a)) {
                could.add(a);
            }
        }
        if (could.isEmpty()) {
            return;
        }
        Assignment first = could.get(random.nextInt(could.size()));
        int week = first.getWeek();
        List<List<Assignment>> out = new ArrayList<>();
        out.add(weeks.get(first.getOperatorId()).get(week));
        int wanted = 2 + random.nextInt(MOST_TAKEN_OUT - 1);
        List<Assignment> colleagues = new ArrayList<>();
        for (Assignment a : byDay.get(slot.day)) {
            if (a.getOperator() != first.getOperator()
                    && free(a)
                    && a.getServiceRange().stream().anyMatch(first.getServiceRange()::contains)) {
                colleagues.add(a);
            }
        }
        Collections.shuffle(colleagues, random);
        for (int i = 0; i < colleagues.size() && out.size() < wanted; i++) {
            out.add(weeks.get(colleagues.get(i).getOperatorId()).get(week));
        }
        replan(out);
    }

    /** Whether an operator's week may be taken out: nothing in it is pinned. */
    private boolean free(Assignment a) {
        return weeks.get(a.getOperatorId()).get(a.getWeek()).stream().noneMatch(Assignment::isPinned);
    }

    private void replan(List<List<Assignment>> out) {
        int before = shortfall;
        Map<Assignment, Memo> was = new HashMap<>();
        out.forEach(days -> days.forEach(a -> was.put(a, memo(a))));
        Map<Assignment, Memo> best = null;
        int bestShort = before;
        for (int order = 0; order < ORDERS; order++) {
            out.forEach(days -> days.forEach(this::takeOut));
            Collections.shuffle(out, random);
            boolean complete = true;
            for (List<Assignment> days : out) {
                complete &= planWeek(days, was);
            }
            // An equal plan is taken too, now and then, so that later ruins start from other weeks.
            if (complete
                    && (shortfall < bestShort || (shortfall == before && best == null && random.nextInt(4) == 0))) {
                bestShort = shortfall;
                best = new HashMap<>();
                for (List<Assignment> days : out) {
                    for (Assignment a : days) {
                        best.put(a, memo(a));
                    }
                }
            }
        }
        out.forEach(days -> days.forEach(this::takeOut));
        (best != null ? best : was).forEach(this::put);
    }

    /**
     * Plans one operator's week with the most coverage left to gain, rest and days of the week kept;
     * false (the week left off) when no such week has a desk for someone who may not work remotely.
     */
    private boolean planWeek(List<Assignment> days, Map<Assignment, Memo> was) {
        List<Assignment> all = new ArrayList<>();
        weeks.get(days.get(0).getOperatorId()).forEach(all::addAll);
        Shift[] chosen = new WeekChoice(days, all, (a, s) -> value(a, s, was.get(a)), seats).best();
        if (chosen == null) {
            return false;
        }
        for (int i = 0; i < days.size(); i++) {
            Assignment a = days.get(i);
            if (chosen[i] != null) {
                a.setShift(chosen[i]);
                a.setService(neediest(a, chosen[i]));
                staff(a, 1);
                Location desk = a.isRemoteAllowed() ? Location.REMOTE : seats.seat(a);
                a.setLocation(desk == null ? Location.REMOTE : desk);
            }
        }
        return true;
    }

    /**
     * What working {@code s} (null: off) is worth to {@code a}: far most a need filled, then the day as it
     * was (fewer changes for the soft rules), then a coin so that orders differ.
     */
    private int value(Assignment a, Shift s, Memo was) {
        boolean same = was != null && Objects.equals(was.shift, s);
        return (s != null ? gain(a, s) * 8 : 0) + (same ? 2 : 0) + random.nextInt(2);
    }

    /** 1 when {@code a} working {@code s} would fill a need, else 0. */
    private int gain(Assignment a, Shift s) {
        String service = neediest(a, s);
        Slot slot = new Slot(a.getDayIndex(), s.code(), service);
        return staffed.getOrDefault(slot, 0) < required.getOrDefault(slot, 0) ? 1 : 0;
    }

    private String neediest(Assignment a, Shift s) {
        String best = a.getService() != null && a.getServiceRange().contains(a.getService())
                ? a.getService()
                : a.getServiceRange().get(0);
        int most = need(new Slot(a.getDayIndex(), s.code(), best));
        for (String service : a.getServiceRange()) {
            int need = need(new Slot(a.getDayIndex(), s.code(), service));
            if (need > most) {
                best = service;
                most = need;
            }
        }
        return best;
    }

    private int need(Slot slot) {
        return required.getOrDefault(slot, 0) - staffed.getOrDefault(slot, 0);
    }

    private void takeOut(Assignment a) {
        if (a.isOffice()) {
            seats.release(a);
        }
        if (a.isWorking()) {
            staff(a, -1);
        }
        a.setShift(null);
        a.setLocation(Location.REMOTE);
    }

    /** Puts back a remembered day, on the very desk it had. */
    private void put(Assignment a, Memo m) {
        a.setShift(m.shift);
        a.setService(m.service);
        a.setLocation(m.location);
        if (a.isWorking()) {
            staff(a, 1);
        }
        if (a.isOffice()) {
            seats.keep(a);
        }
    }

    private void staff(Assignment a, int delta) {
        Slot slot = slot(a);
        int need = required.getOrDefault(slot, 0);
        int was = staffed.getOrDefault(slot, 0);
        staffed.put(slot, was + delta);
        shortfall += Math.max(0, need - (was + delta)) - Math.max(0, need - was);
    }

    private static Memo memo(Assignment a) {
        return new Memo(a.getShift(), a.getService(), a.getLocation());
    }

    private static Slot slot(Assignment a) {
        return new Slot(a.getDayIndex(), a.getShiftCode(), a.getService());
    }
}
