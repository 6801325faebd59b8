package it.scacchiera.planning;

import it.scacchiera.roster.Shift;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Construction, step 2: someone who may not work remotely is still without a desk after day
 * planning. Tries the same shift again (desks booked since may differ), then every other shift that
 * day and every day off of that week, with 11 hours of rest kept (rule 6) and the desk checked
 * exactly by the {@link SeatBook} (rules 1, 2, 3, 8), so that the fix breaks nothing else.
 */
final class SeatRepair {
    private final Plan plan;
    private final SeatBook seats;
    private final Map<String, List<Assignment>> byOperator = new HashMap<>();
    private final Map<Integer, List<Assignment>> byDay = new HashMap<>();

    SeatRepair(Plan plan, SeatBook seats) {
        this.plan = plan;
        this.seats = seats;
        for (Assignment a : plan.getAssignments()) {
            byOperator
                    .computeIfAbsent(a.getOperatorId(), k -> new ArrayList<>())
                    .add(a);
            byDay.computeIfAbsent(a.getDayIndex(), k -> new ArrayList<>()).add(a);
        }
    }

    /** Repairs every unseated office worker it can, until the deadline. */
    void repair(Cutoff cutoff) {
        for (Assignment a : plan.getAssignments()) {
            if (cutoff.passed()) {
                return;
            }
            if (a.isRemote() && !a.isRemoteAllowed() && !a.isPinned()) {
                repair(a);
            }
        }
    }

    private void repair(Assignment a) {
        if (!reschedule(a, false) && a.isRemote()) {
            ejectFor(a);
        }
    }

    /**
     * Every desk at {@code a}'s time is taken: an office worker of the same day and shift moves
     * elsewhere in their week (their own desk found the same way), and {@code a} takes the desk left.
     * Coverage may drop by one there; the coverage repair that follows looks for it again.
     */
    private void ejectFor(Assignment a) {
        for (Assignment p : byDay.getOrDefault(a.getDayIndex(), List.of())) {
            if (p == a || p.isPinned() || !p.isOffice() || !a.getShift().equals(p.getShift())) {
                continue;
            }
            Shift shift = p.getShift();
            String service = p.getService();
            Location desk = p.getLocation();
            seats.release(p);
            if (seats.hasSeat(a, a.getShift()) && reschedule(p, true)) {
                Location left = seats.seat(a); // null only if p's new shift took the desk back
                a.setLocation(left == null ? Location.REMOTE : left);
                return;
            }
            p.setShift(shift);
            p.setService(service);
            p.setLocation(desk);
            seats.keep(p);
        }
    }

    /**
     * Moves {@code a} to a slot of its week with a free desk: its own shift again, another shift that
     * day, or a day off; false when there is none. {@code elsewhere}: not its own slot.
     */
    private boolean reschedule(Assignment a, boolean elsewhere) {
        List<Assignment> days = byOperator.get(a.getOperatorId());
        Shift original = a.getShift();
        String service = a.getService();
        List<Assignment> targets = new ArrayList<>(List.of(a));
        days.stream()
                .filter(d -> d.getWeek() == a.getWeek() && !d.isWorking() && !d.isPinned())
                .forEach(targets::add);
        for (Assignment target : targets) {
            List<Shift> shifts = new ArrayList<>(target.getShiftRange());
            if (target == a) {
                shifts.remove(original);
                if (!elsewhere) {
                    shifts.add(0, original);
                }
            }
            for (Shift s : shifts) {
                if (!Assignment.rested(days, a, target.startIf(s), target.endIf(s)) || !seats.hasSeat(target, s)) {
                    continue;
                }
                a.setShift(null);
                a.setLocation(Location.REMOTE);
                target.setShift(s);
                target.setService(service);
                target.setLocation(seats.seat(target));
                return true;
            }
        }
        return false;
    }
}
