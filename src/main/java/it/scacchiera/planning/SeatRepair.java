package it.scacchiera.planning;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.roster.Shift;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Construction, step 3: someone who may not work remotely is still without a desk after the pass
 * in time order. Tries every desk at the same time, then every other shift that day and every day
 * off of that week, checking each candidate exactly against the whole plan (rules 1, 2, 3, 6, 8),
 * so that the fix breaks nothing else.
 */
final class SeatRepair {
    private final Plan plan;
    private final Map<String, ConflictGraph> graphs = new HashMap<>();
    private final Map<String, List<Assignment>> byRoom = new HashMap<>();
    private final Map<String, List<Assignment>> byOperator = new HashMap<>();

    SeatRepair(Plan plan, PlanFactory factory) {
        this.plan = plan;
        factory.problem().rooms().forEach(g -> graphs.put(g.floor().id(), g));
        for (Assignment a : plan.getAssignments()) {
            byOperator
                    .computeIfAbsent(a.getOperatorId(), k -> new ArrayList<>())
                    .add(a);
            if (a.isOffice()) {
                byRoom.computeIfAbsent(a.getRoomId(), k -> new ArrayList<>()).add(a);
            }
        }
    }

    /** Repairs every unseated office worker it can. */
    void repair() {
        for (Assignment a : plan.getAssignments()) {
            if (a.isRemote() && !a.isRemoteAllowed() && !a.isPinned()) {
                repair(a);
            }
        }
    }

    private void repair(Assignment a) {
        List<Assignment> days = byOperator.get(a.getOperatorId());
        Shift original = a.getShift();
        List<Assignment> targets = new ArrayList<>(List.of(a));
        days.stream()
                .filter(d -> d.getWeek() == a.getWeek() && !d.isWorking() && !d.isPinned())
                .forEach(targets::add);
        for (Assignment target : targets) {
            List<Shift> shifts = new ArrayList<>(target.getShiftRange());
            if (target == a) {
                shifts.remove(original);
                shifts.add(0, original);
            }
            for (Shift s : shifts) {
                long start = target.getDayIndex() * Assignment.MINUTES_PER_DAY
                        + s.start().toSecondOfDay() / 60;
                long end = start + s.minutes();
                if (!Assignment.rested(days, a, start, end)) {
                    continue;
                }
                Map<String, List<Assignment>> near = near(start, end, a.getSanitizeMinutes());
                for (Location desk : plan.getLocations()) {
                    if (desk.office() && free(desk, near, a.getOperatorId(), start, end, a.getSanitizeMinutes())) {
                        String service = a.getService();
                        a.setShift(null);
                        target.setShift(s);
                        target.setService(service);
                        target.setLocation(desk);
                        byRoom.computeIfAbsent(desk.roomId(), k -> new ArrayList<>())
                                .add(target);
                        return;
                    }
                }
            }
        }
        a.setShift(original);
    }

    /** Per room, the office entries within the sanitisation gap of [start, end): all that can clash. */
    private Map<String, List<Assignment>> near(long start, long end, int gap) {
        Map<String, List<Assignment>> near = new HashMap<>();
        byRoom.forEach((room, entries) -> {
            for (Assignment b : entries) {
                if (b.isOffice()
                        && b.getRoomId().equals(room)
                        && b.getStart() < end + gap
                        && start < b.getEnd() + gap) {
                    near.computeIfAbsent(room, k -> new ArrayList<>()).add(b);
                }
            }
        });
        return near;
    }

    private boolean free(
            Location desk, Map<String, List<Assignment>> near, String operatorId, long start, long end, int gap) {
        ConflictGraph graph = graphs.get(desk.roomId());
        List<Assignment> inRoom = near.getOrDefault(desk.roomId(), List.of());
        for (Assignment b : inRoom) {
            if (!b.isOffice() || !b.getRoomId().equals(desk.roomId())) {
                continue;
            }
            boolean overlap = b.getStart() < end && start < b.getEnd();
            boolean same = b.getLocation().equals(desk);
            if (overlap && (same || graph.conflicts(b.getLocation().desk(), desk.desk()))) {
                return false;
            }
            if (same && !b.getOperatorId().equals(operatorId) && b.getStart() < end + gap && start < b.getEnd() + gap) {
                return false;
            }
        }
        for (Moment m : plan.getMoments()) {
            if (m.roomId().equals(desk.roomId()) && start <= m.minute() && m.minute() < end) {
                long running = inRoom.stream()
                        .filter(b -> b.isOffice() && b.getRoomId().equals(desk.roomId()))
                        .filter(b -> b.getStart() <= m.minute() && m.minute() < b.getEnd())
                        .count();
                if (running >= m.allowed()) {
                    return false;
                }
            }
        }
        return true;
    }
}
