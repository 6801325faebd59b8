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

/**
 * Every desk's bookings while construction builds the plan, checked exactly: a desk is free for an
 * operator's shift when no neighbour is in use at the same time (rule 1), nobody else used it within
 * the sanitisation gap (rules 2 and 8) and the room stays within its cap at every shift start (rule 3).
 * Construction only adds bookings, so a desk once taken for a time window stays taken: a cursor per
 * room and window skips them, keeping the search for a desk near constant time.
 */
final class SeatBook {
    private final List<Room> rooms = new ArrayList<>();
    private final Map<String, Room> byId = new HashMap<>();
    private final Map<String, Location> lastDesk = new HashMap<>();
    private final int gap;

    SeatBook(PlanFactory factory, Plan plan, Duration capacityTimePerRoom, Cutoff cutoff) {
        this.gap = factory.problem().sanitizeMinutes();
        Map<String, Location> byKey = new HashMap<>();
        factory.desks().forEach(l -> byKey.put(l.roomId() + " " + l.desk(), l));
        Map<String, List<Long>> moments = new HashMap<>();
        for (Moment m : plan.getMoments()) {
            moments.computeIfAbsent(m.roomId(), k -> new ArrayList<>()).add(m.minute());
        }
        Map<Long, Boolean> patterns = WindowPatterns.of(plan, gap);
        if (!cutoff.passed()) {
            factory.prepareSeatPatterns(capacityTimePerRoom);
        }
        for (ConflictGraph graph : factory.problem().rooms()) {
            // The capacity pattern packs a room best; past the deadline, natural order must do.
            List<DeskId> pattern = !cutoff.passed()
                    ? factory.capacity(graph, capacityTimePerRoom).pattern()
                    : List.of();
            List<DeskId> second = !cutoff.passed() ? factory.secondPattern(graph, capacityTimePerRoom) : List.of();
            Room room = new Room(
                    graph,
                    byKey,
                    pattern,
                    second,
                    patterns,
                    moments.getOrDefault(graph.floor().id(), List.of()));
            rooms.add(room);
            byId.put(room.id, room);
        }
        for (Assignment a : plan.getAssignments()) {
            if (a.isPinned() && a.isOffice()) {
                keep(a);
            }
        }
    }

    /** Whether some desk is free for {@code a} working {@code s}. */
    boolean hasSeat(Assignment a, Shift s) {
        return find(a, s, false) != null;
    }

    /** Books a desk for {@code a}'s current shift and returns it, or null when none is free. */
    Location seat(Assignment a) {
        Location l = find(a, a.getShift(), true);
        if (l != null) {
            lastDesk.put(a.getOperatorId(), l);
        }
        return l;
    }

    /** Books the desk {@code a} already holds over its current shift (a move undone, or a pin). */
    void keep(Assignment a) {
        Room r = byId.get(a.getRoomId());
        int i = r == null ? -1 : r.graph.indexOf(a.getLocation().desk());
        if (i >= 0) {
            r.take(i, a.getOperatorId(), a.getStart(), a.getEnd());
        }
    }

    /** Gives back the desk {@code a} holds over its current shift, before it moves. */
    void release(Assignment a) {
        Room r = byId.get(a.getRoomId());
        int i = r == null ? -1 : r.graph.indexOf(a.getLocation().desk());
        if (i >= 0 && r.release(i, a.getOperatorId(), a.getStart())) {
            r.cursors.clear(); // a desk behind a cursor may be free again
        }
    }

    private Location find(Assignment a, Shift s, boolean take) {
        long start = a.startIf(s);
        long end = a.endIf(s);
        String op = a.getOperatorId();
        Assignment.Published published = a.getPublished();
        boolean keep =
                published != null && published.location().office() && s.code().equals(published.shift());
        Location preferred = keep ? published.location() : lastDesk.get(op);
        if (preferred != null && byId.containsKey(preferred.roomId())) {
            Room r = byId.get(preferred.roomId());
            int i = r.graph.indexOf(preferred.desk());
            // A remembered desk only within the set being packed now, so that it leaves no hole in the
            // pattern; the published desk always, as a new plan changes as little as it can.
            if (i >= 0
                    && r.locations[i] != null
                    && r.roomFor(start, end)
                    && r.free(i, op, start, end, gap)
                    && (keep || r.frontier(start, end, gap) == r.set[i])) {
                return r.book(i, op, start, end, take);
            }
        }
        for (Room r : rooms) {
            if (!r.roomFor(start, end)) {
                continue;
            }
            int cursor = r.cursor(start, end, gap);
            int[] tried = r.order(start, end);
            if (cursor < tried.length) {
                return r.book(tried[cursor], op, start, end, take);
            }
        }
        return null;
    }

    /** One room's desks: bookings per seat, running count per shift start, the order desks are tried in. */
    private static final class Room {
        final String id;
        final ConflictGraph graph;
        final Location[] locations;
        final int[] order;
        // The same desks with the second pattern first, for the windows that pack it first.
        final int[] swapped;
        final Map<Long, Boolean> patterns;
        final int[] set;
        final List<List<Use>> uses = new ArrayList<>();
        final int allowed;
        final long[] moments;
        final int[] running;
        final Map<Long, Integer> cursors = new HashMap<>();

        private record Use(long start, long end, String operator) {}

        Room(
                ConflictGraph graph,
                Map<String, Location> byKey,
                List<DeskId> pattern,
                List<DeskId> secondPattern,
                Map<Long, Boolean> patterns,
                List<Long> momentList) {
            this.patterns = patterns;
            this.graph = graph;
            this.id = graph.floor().id();
            int n = graph.size();
            locations = new Location[n];
            for (int i = 0; i < n; i++) {
                locations[i] =
                        graph.usable(i) ? byKey.get(id + " " + graph.seat(i).id()) : null;
                uses.add(new ArrayList<>(2));
            }
            set = new int[n];
            order = order(pattern, secondPattern);
            swapped = swapped(order);
            allowed = graph.floor().hasOccupancyLimit()
                    ? Math.max(0, graph.floor().maxOccupancy() - graph.fixedPostCount())
                    : Integer.MAX_VALUE;
            moments = momentList.stream().mapToLong(Long::longValue).sorted().toArray();
            running = new int[moments.length];
        }

        /**
         * The capacity pattern, then the second pattern (or, when there is none, an independent set of the rest
         * taken greedily), then every other usable desk.
         */
        private int[] order(List<DeskId> pattern, List<DeskId> secondPattern) {
            int n = graph.size();
            boolean[] first = marked(pattern);
            boolean[] given = marked(secondPattern);
            Integer[] byDegree = new Integer[n];
            for (int i = 0; i < n; i++) {
                byDegree[i] = i;
            }
            Arrays.sort(byDegree, Comparator.comparingInt(i -> graph.neighbours(i).length));
            boolean[] second = new boolean[n];
            boolean[] blocked = new boolean[n];
            for (int i : byDegree) {
                if (secondPattern.isEmpty()
                        ? locations[i] != null && !first[i] && !blocked[i]
                        : given[i] && !first[i]) {
                    second[i] = true;
                    for (int m : graph.neighbours(i)) {
                        blocked[m] = true;
                    }
                }
            }
            List<Integer> out = new ArrayList<>();
            boolean[][] sets = {first, second};
            for (int k = 0; k < 2; k++) {
                for (int i = 0; i < n; i++) {
                    if (sets[k][i]) {
                        out.add(i);
                        set[i] = k;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (locations[i] != null && !first[i] && !second[i]) {
                    out.add(i);
                    set[i] = 2;
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        private boolean[] marked(List<DeskId> desks) {
            boolean[] marked = new boolean[graph.size()];
            for (DeskId d : desks) {
                int i = graph.indexOf(d);
                if (i >= 0 && locations[i] != null) {
                    marked[i] = true;
                }
            }
            return marked;
        }

        private int[] swapped(int[] first) {
            int[] out = new int[first.length];
            int k = 0;
            for (int wanted : new int[] {1, 0, 2}) {
                for (int i : first) {
                    if (set[i] == wanted) {
                        out[k++] = i;
                    }
                }
            }
            return out;
        }

        /** The order desks are tried in over [start, end): the window's pattern first ({@link WindowPatterns}). */
        int[] order(long start, long end) {
            return Boolean.TRUE.equals(patterns.get(WindowPatterns.key(start, end))) ? swapped : order;
        }

        /** The first desk in order that may still be free over [start, end), skipping for good those that are not. */
        int cursor(long start, long end, int gap) {
            long window = WindowPatterns.key(start, end);
            int[] tried = order(start, end);
            int cursor = cursors.getOrDefault(window, 0);
            while (cursor < tried.length && !free(tried[cursor], null, start, end, gap)) {
                cursor++;
            }
            cursors.put(window, cursor);
            return cursor;
        }

        /** Which set (capacity pattern 0, second pattern 1, the rest 2) is being packed over [start, end). */
        int frontier(long start, long end, int gap) {
            int cursor = cursor(start, end, gap);
            int[] tried = order(start, end);
            return cursor < tried.length ? set[tried[cursor]] : 2;
        }

        /** Rule 3: one more entry over [start, end) keeps every shift start within the cap. */
        boolean roomFor(long start, long end) {
            if (allowed == Integer.MAX_VALUE) {
                return true;
            }
            for (int k = firstMoment(start); k < moments.length && moments[k] < end; k++) {
                if (running[k] >= allowed) {
                    return false;
                }
            }
            return true;
        }

        private int firstMoment(long start) {
            int k = Arrays.binarySearch(moments, start);
            return k >= 0 ? k : -k - 1;
        }

        /** Rules 1, 2 and 8 for {@code op} (null: anybody) on seat {@code i} over [start, end). */
        boolean free(int i, String op, long start, long end, int gap) {
            for (Use u : uses.get(i)) {
                boolean mine = op != null && op.equals(u.operator);
                if (mine ? u.start < end && start < u.end : u.start < end + gap && start < u.end + gap) {
                    return false;
                }
            }
            for (int m : graph.neighbours(i)) {
                for (Use u : uses.get(m)) {
                    if (u.start < end && start < u.end) {
                        return false;
                    }
                }
            }
            return true;
        }

        Location book(int i, String op, long start, long end, boolean take) {
            if (take) {
                take(i, op, start, end);
            }
            return locations[i];
        }

        boolean release(int i, String op, long start) {
            for (Use u : uses.get(i)) {
                if (u.operator.equals(op) && u.start == start) {
                    uses.get(i).remove(u);
                    for (int k = firstMoment(u.start); k < moments.length && moments[k] < u.end; k++) {
                        running[k]--;
                    }
                    return true;
                }
            }
            return false;
        }

        void take(int i, String op, long start, long end) {
            uses.get(i).add(new Use(start, end, op));
            for (int k = firstMoment(start); k < moments.length && moments[k] < end; k++) {
                running[k]++;
            }
        }
    }
}
