package it.scacchiera.planning;

import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan a solve starts from: every schedule row of an earlier plan (the published one, or the one
 * on screen) that still holds under today's inputs is set first, so construction fills only the
 * rest and local search starts from the earlier plan rather than from scratch. A row holds when its
 * operator still exists, its date is in the horizon, its shift is allowed, runs that day and the
 * operator is available, its service is among the operator's skills, and its location is a usable
 * desk of an existing room, or remote where rule 4 allows it. Pins win over rows.
 */
final class WarmStart {
    private final PlanFactory factory;
    private final Set<Location> desks;
    private final List<Assignment> held = new ArrayList<>();
    private int dropped;

    WarmStart(PlanFactory factory) {
        this.factory = factory;
        this.desks = new HashSet<>(factory.desks());
    }

    /**
     * The empty plan (pins and published plan attached) with the rows of {@code start} that still
     * hold. Construction keeps them, as it keeps pins, until {@link #release()}.
     */
    Plan plan(List<ScheduleEntry> start) {
        Plan plan = factory.emptyPlan();
        Map<String, Assignment> byKey = new HashMap<>();
        plan.getAssignments().forEach(a -> byKey.put(key(a.getOperatorId(), a), a));
        Set<Assignment> taken = new HashSet<>();
        for (ScheduleEntry entry : start) {
            Assignment a = byKey.get(entry.operatorId() + "\u0000" + entry.date());
            Shift shift = factory.shift(entry.shift());
            Location location = factory.location(entry.room(), entry.desk());
            if (a == null || a.isPinned() || !taken.add(a) || !holds(a, shift, entry.service(), location)) {
                dropped++;
                continue;
            }
            a.setShift(shift);
            a.setService(entry.service());
            a.setLocation(location);
            a.setPinned(true);
            held.add(a);
        }
        return plan;
    }

    /** Hands the rows back to local search: after construction they are ordinary decisions again. */
    void release() {
        held.forEach(a -> a.setPinned(false));
    }

    /** Rows set on the plan. */
    int kept() {
        return held.size();
    }

    /** Rows that no longer hold (or repeat an operator's date, or a pinned one): construction redoes them. */
    int dropped() {
        return dropped;
    }

    private boolean holds(Assignment a, Shift shift, String service, Location location) {
        return shift != null
                && a.getShiftRange().contains(shift)
                && a.getOperator().skills().contains(service)
                && (location.remote() ? a.isRemoteAllowed() : desks.contains(location));
    }

    private static String key(String operatorId, Assignment a) {
        return operatorId + "\u0000" + a.getDate();
    }
}
