package it.scacchiera.ui.plan;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.Assignment;
import it.scacchiera.planning.Pin;
import it.scacchiera.planning.Plan;
import it.scacchiera.planning.PlanFactory;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.ui.floormap.DeskPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The FX thread's own copy of a plan, rebuilt from schedule rows so the solver's working copy is never
 * touched; manual changes edit it in place and {@link LiveScore} rescores a copy of it.
 */
final class WorkingPlan {
    private final PlanFactory factory;
    private final Plan plan;
    private final Map<OperatorDay, Assignment> byDay = new HashMap<>();
    private int unavoidable = -1; // a shortfall no plan of this site avoids; -1 until a solve proved one

    WorkingPlan(PlanFactory factory, List<ScheduleEntry> entries, Set<OperatorDay> pinned) {
        this.factory = factory;
        this.plan = factory.planOf(entries);
        plan.getAssignments().forEach(a -> byDay.putIfAbsent(new OperatorDay(a.getOperatorId(), a.getDate()), a));
        pinned.forEach(day -> {
            Assignment a = byDay.get(day);
            if (a != null) {
                a.setPinned(true);
            }
        });
    }

    /**
     * Keeps the solve's coverage lower bound: it holds for every plan of the site, so it stays true
     * while the planner changes this one by hand.
     */
    WorkingPlan knowing(int coverageLowerBound) {
        unavoidable = coverageLowerBound;
        return this;
    }

    Plan plan() {
        return plan;
    }

    List<ScheduleEntry> entries() {
        return PlanFactory.entries(plan);
    }

    boolean contains(OperatorDay day) {
        return byDay.containsKey(day);
    }

    Placement placement(OperatorDay day) {
        Assignment a = byDay.get(day);
        return a == null ? Placement.OFF : Placement.of(a);
    }

    void set(OperatorDay day, Placement placement) {
        Assignment a = byDay.get(day);
        if (a == null) {
            return;
        }
        String service = placement.service();
        if (service == null || !a.getServiceRange().contains(service)) {
            service = a.getService() != null
                    ? a.getService()
                    : a.getServiceRange().get(0);
        }
        a.setShift(placement.working() ? factory.shift(placement.shift()) : null);
        a.setService(service);
        a.setLocation(factory.location(placement.roomId(), placement.desk()));
    }

    /**
     * Puts every pinned operator-day where its pin says (a pin without a service leaves that to the
     * solver); true when the plan had to change. A solver snapshot taken before an edit reached the
     * solver thus still shows the edit.
     */
    boolean keepPinned(Map<OperatorDay, Pin> pins) {
        var placements = new LinkedHashMap<OperatorDay, Placement>();
        pins.forEach(
                (day, pin) -> placements.put(day, new Placement(pin.shift(), pin.service(), pin.roomId(), pin.desk())));
        return keep(placements);
    }

    /**
     * Puts each operator-day where the planner last placed it (a placement without a service leaves the
     * service as it is); true when the plan had to change. Also an undo, which unpins and so never
     * reaches the solver, thus holds on a snapshot the solver took before it.
     */
    boolean keep(Map<OperatorDay, Placement> placements) {
        boolean changed = false;
        for (var entry : placements.entrySet()) {
            Placement wanted = entry.getValue();
            Placement now = placement(entry.getKey());
            boolean same = Objects.equals(now.shift(), wanted.shift())
                    && Objects.equals(now.roomId(), wanted.roomId())
                    && Objects.equals(now.desk(), wanted.desk())
                    && (wanted.service() == null || wanted.service().equals(now.service()));
            if (contains(entry.getKey()) && !same) {
                set(entry.getKey(), wanted);
                changed = true;
            }
        }
        return changed;
    }

    /** Who sits at a desk in a shift, or null. */
    String occupant(String roomId, DeskId desk, LocalDate date, String shift) {
        for (Assignment a : plan.getAssignments()) {
            if (a.isOffice()
                    && a.getDate().equals(date)
                    && shift.equals(a.getShiftCode())
                    && roomId.equals(a.getRoomId())
                    && desk.equals(a.getLocation().desk())) {
                return a.getOperatorId();
            }
        }
        return null;
    }

    ShownShift shown(ConflictGraph room, LocalDate date, String shift, Set<OperatorDay> pins) {
        var occupants = new HashMap<DeskId, String>();
        var operators = new HashMap<DeskId, String>();
        var pinned = new HashSet<DeskId>();
        var remote = new TreeMap<String, RemoteWorker>();
        String roomId = room == null ? null : room.floor().id();
        for (Assignment a : plan.getAssignments()) {
            if (!a.isWorking() || !a.getDate().equals(date) || !a.getShiftCode().equals(shift)) {
                continue;
            }
            boolean isPinned = pins.contains(new OperatorDay(a.getOperatorId(), date));
            if (a.isRemote()) {
                remote.put(
                        a.getOperatorId(),
                        new RemoteWorker(a.getOperatorId(), a.getOperator().name(), isPinned));
            } else if (a.getRoomId().equals(roomId)) {
                DeskId desk = a.getLocation().desk();
                occupants.put(desk, initials(a.getOperator().name()));
                operators.put(desk, a.getOperatorId());
                if (isPinned) {
                    pinned.add(desk);
                }
            }
        }
        return new ShownShift(
                occupants, operators, conflicts(room, occupants.keySet()), pinned, List.copyOf(remote.values()));
    }

    /** Occupied desks next to each other or to a fixed post (always occupied). */
    static List<DeskPair> conflicts(ConflictGraph room, Set<DeskId> occupied) {
        var pairs = new ArrayList<DeskPair>();
        if (room == null) {
            return pairs;
        }
        for (DeskId desk : occupied) {
            int i = room.indexOf(desk);
            if (i < 0) {
                continue;
            }
            for (int n : room.neighbours(i)) {
                DeskId other = room.seat(n).id();
                boolean fixedPost = room.seat(n).isFixedPost();
                if (fixedPost || (occupied.contains(other) && desk.compareTo(other) < 0)) {
                    pairs.add(new DeskPair(desk, other));
                }
            }
        }
        return pairs;
    }

    Coverage coverage() {
        Map<String, Integer> placed = new HashMap<>();
        for (Assignment a : plan.getAssignments()) {
            if (a.isWorking()) {
                placed.merge(a.getDate() + "|" + a.getShiftCode() + "|" + a.getService(), 1, Integer::sum);
            }
        }
        int covered = 0;
        int required = 0;
        for (Demand demand : plan.getDemands()) {
            required += demand.required();
            covered += Math.min(
                    demand.required(),
                    placed.getOrDefault(demand.date() + "|" + demand.shift() + "|" + demand.service(), 0));
        }
        return new Coverage(covered, required, unavoidable);
    }

    static String initials(String name) {
        var initials = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.length() > 3 ? initials.substring(0, 3) : initials.toString();
    }
}
