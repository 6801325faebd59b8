package it.scacchiera.planning;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Construction, step 2: desks. Goes through the shift occurrences in time order, keeping each
 * desk's recent uses, and seats the operators who cannot work remotely on desks that are clean
 * (rule 8), not next to a desk in use (rule 1) and within the room's cap (rule 3). Each room has two
 * disjoint seat patterns, the capacity pattern and a second one, so that back-to-back shifts can
 * alternate between them. Remote-eligible operators work remotely.
 */
final class SeatPlanner {
    private final List<RoomState> rooms = new ArrayList<>();
    private final Map<String, Location> lastDesk = new HashMap<>();

    SeatPlanner(PlanFactory factory, Duration capacityTimePerRoom) {
        Map<String, Location> byKey = new HashMap<>();
        factory.desks().forEach(l -> byKey.put(l.roomId() + " " + l.desk(), l));
        for (ConflictGraph graph : factory.problem().rooms()) {
            rooms.add(new RoomState(
                    graph, byKey, factory.capacity(graph, capacityTimePerRoom).pattern()));
        }
    }

    void seat(Plan plan, int sanitizeMinutes) {
        Map<String, List<Assignment>> byOperator = new HashMap<>();
        TreeMap<String, List<Assignment>> queue = new TreeMap<>();
        for (Assignment a : plan.getAssignments()) {
            byOperator
                    .computeIfAbsent(a.getOperatorId(), k -> new ArrayList<>())
                    .add(a);
            if (a.isWorking()) {
                enqueue(queue, a);
            }
        }
        Comparator<Assignment> order =
                Comparator.comparing((Assignment a) -> a.getOperator().team()).thenComparing(Assignment::getOperatorId);
        while (!queue.isEmpty()) {
            List<Assignment> occurrence = queue.pollFirstEntry().getValue();
            occurrence.sort(order);
            long start = occurrence.get(0).getStart();
            long end = occurrence.get(0).getEnd();
            rooms.forEach(r -> r.open(start, sanitizeMinutes));
            for (Assignment a : occurrence) {
                if (a.isPinned() && a.isOffice()) {
                    rooms.stream()
                            .filter(r -> r.id.equals(a.getRoomId()))
                            .forEach(r -> r.take(r.indexOf(a.getLocation()), a.getOperatorId(), end));
                }
            }
            for (Assignment a : occurrence) {
                if (!a.isPinned() && !place(a, start, end, sanitizeMinutes)) {
                    Assignment moved = moveLater(a, byOperator.get(a.getOperatorId()));
                    if (moved != null) {
                        enqueue(queue, moved);
                    } else {
                        a.setLocation(Location.REMOTE); // rule 4 broken: local search takes it from here
                    }
                }
            }
        }
    }

    private static void enqueue(TreeMap<String, List<Assignment>> queue, Assignment a) {
        String key = String.format("%012d %s", a.getStart(), a.getShiftCode());
        queue.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    }

    /**
     * No desk for someone who cannot work remotely: a later shift the same day, or a later day off
     * of the same week, not yet seated, with 11 hours of rest kept; the day count stays right.
     * Returns the assignment that now holds the shift, or null when there is none.
     */
    private static Assignment moveLater(Assignment a, List<Assignment> days) {
        long now = a.getStart();
        for (Assignment target : days) {
            boolean sameDay = target == a;
            if (target.isPinned()
                    || target.getWeek() != a.getWeek()
                    || !(sameDay || !target.isWorking())
                    || target.getDayIndex() < a.getDayIndex()) {
                continue;
            }
            for (Shift s : target.getShiftRange()) {
                long start = target.getDayIndex() * Assignment.MINUTES_PER_DAY
                        + s.start().toSecondOfDay() / 60;
                if (start > now && Assignment.rested(days, a, start, start + s.minutes())) {
                    String service = a.getService();
                    a.setShift(null);
                    target.setShift(s);
                    target.setService(service);
                    return target;
                }
            }
        }
        return null;
    }

    /** Seats one operator, or sends them remote when allowed; false when neither is possible. */
    private boolean place(Assignment a, long start, long end, int gap) {
        if (a.isRemoteAllowed()) {
            a.setLocation(Location.REMOTE);
            return true;
        }
        String op = a.getOperatorId();
        Location previous = lastDesk.get(op);
        Assignment.Published published = a.getPublished();
        boolean keep = published != null
                && published.location().office()
                && a.getShiftCode().equals(published.shift());
        if (keep) {
            previous = published.location();
        }
        if (previous != null) {
            for (RoomState r : rooms) {
                if (r.id.equals(previous.roomId())) {
                    int i = r.indexOf(previous);
                    if (i >= 0 && (keep || r.inPreferredPattern(i)) && r.fits(i, op, start, gap)) {
                        seatAt(a, r, i, end);
                        return true;
                    }
                }
            }
        }
        // Rooms already open in this shift first, so that few rooms open; then the rest.
        List<RoomState> order = new ArrayList<>(rooms);
        order.sort(Comparator.comparing((RoomState r) -> r.openNow == 0));
        for (RoomState r : order) {
            int i = r.firstFit(op, start, gap);
            if (i >= 0) {
                seatAt(a, r, i, end);
                return true;
            }
        }
        return false;
    }

    private void seatAt(Assignment a, RoomState r, int i, long end) {
        r.take(i, a.getOperatorId(), end);
        a.setLocation(r.locations[i]);
        lastDesk.put(a.getOperatorId(), r.locations[i]);
    }

    /** One room's desks during the pass: recent uses, desks in use, the two patterns. */
    private static final class RoomState {
        private static final int USES_KEPT = 6;

        final String id;
        final ConflictGraph graph;
        final Location[] locations; // by seat index; null when not a usable desk
        final int allowed;
        final int[][] patterns;
        final boolean[][] inPattern;
        final long[][] useEnd;
        final String[][] useOperator;
        final int[] useCount;
        final List<long[]> active = new ArrayList<>(); // {seat, end}
        final int[] blockedBy; // how many running neighbours (or itself) block a seat
        int preferred;
        int openNow;

        RoomState(ConflictGraph graph, Map<String, Location> byKey, List<DeskId> capacityPattern) {
            this.graph = graph;
            this.id = graph.floor().id();
            int n = graph.size();
            locations = new Location[n];
            for (int i = 0; i < n; i++) {
                locations[i] = byKey.get(id + " " + graph.seat(i).id());
            }
            allowed = graph.floor().hasOccupancyLimit()
                    ? Math.max(0, graph.floor().maxOccupancy() - graph.fixedPostCount())
                    : Integer.MAX_VALUE;
            boolean[] first = new boolean[n];
            for (DeskId d : capacityPattern) {
                int i = graph.indexOf(d);
                if (i >= 0 && locations[i] != null) {
                    first[i] = true;
                }
            }
            boolean[] second = secondPattern(first);
            inPattern = new boolean[][] {first, second};
            patterns = new int[][] {indices(first), indices(second)};
            useEnd = new long[n][USES_KEPT];
            useOperator = new String[n][USES_KEPT];
            useCount = new int[n];
            blockedBy = new int[n];
        }

        /** A greedy independent set of the usable desks outside the first pattern, fewest neighbours first. */
        private boolean[] secondPattern(boolean[] first) {
            int n = graph.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt(i -> graph.neighbours(i).length));
            boolean[] chosen = new boolean[n];
            boolean[] blocked = new boolean[n];
            for (int i : order) {
                if (locations[i] != null && !first[i] && !blocked[i]) {
                    chosen[i] = true;
                    for (int m : graph.neighbours(i)) {
                        blocked[m] = true;
                    }
                }
            }
            return chosen;
        }

        private static int[] indices(boolean[] set) {
            int[] out = new int[set.length];
            int k = 0;
            for (int i = 0; i < set.length; i++) {
                if (set[i]) {
                    out[k++] = i;
                }
            }
            return Arrays.copyOf(out, k);
        }

        int indexOf(Location l) {
            return graph.indexOf(l.desk());
        }

        /** A new occurrence starts: forget uses that ended, choose the pattern with more clean desks. */
        void open(long start, int gap) {
            active.removeIf(u -> {
                if (u[1] <= start) {
                    block((int) u[0], -1);
                    return true;
                }
                return false;
            });
            openNow = 0;
            int[] free = new int[2];
            for (int p = 0; p < 2; p++) {
                for (int i : patterns[p]) {
                    if (blockedBy[i] == 0 && clean(i, null, start, gap)) {
                        free[p]++;
                    }
                }
            }
            preferred = free[1] > free[0] ? 1 : 0;
        }

        boolean inPreferredPattern(int i) {
            return inPattern[preferred][i];
        }

        boolean fits(int i, String op, long start, int gap) {
            return locations[i] != null && blockedBy[i] == 0 && active.size() < allowed && clean(i, op, start, gap);
        }

        int firstFit(String op, long start, int gap) {
            if (active.size() >= allowed) {
                return -1;
            }
            for (int p : new int[] {preferred, 1 - preferred}) {
                for (int i : patterns[p]) {
                    if (fits(i, op, start, gap)) {
                        return i;
                    }
                }
            }
            for (int i = 0; i < graph.size(); i++) {
                if (fits(i, op, start, gap)) {
                    return i;
                }
            }
            return -1;
        }

        /** Rule 8: every recent use by someone else ended at least the gap before {@code start}. */
        private boolean clean(int i, String op, long start, int gap) {
            for (int k = 0; k < Math.min(useCount[i], USES_KEPT); k++) {
                if (useEnd[i][k] + gap > start && !useOperator[i][k].equals(op)) {
                    return false;
                }
            }
            return true;
        }

        void take(int i, String op, long end) {
            if (i < 0) {
                return;
            }
            int k = useCount[i]++ % USES_KEPT;
            useEnd[i][k] = end;
            useOperator[i][k] = op;
            active.add(new long[] {i, end});
            block(i, +1);
            openNow++;
        }

        private void block(int i, int delta) {
            blockedBy[i] += delta;
            for (int m : graph.neighbours(i)) {
                blockedBy[m] += delta;
            }
        }
    }
}
