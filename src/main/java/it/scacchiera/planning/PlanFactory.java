package it.scacchiera.planning;

import it.scacchiera.floorplan.Capacity;
import it.scacchiera.floorplan.CapacityResult;
import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.Seat;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Turns a {@link PlanningProblem} into a {@link Plan}, and a plan into schedule rows and back. */
public final class PlanFactory {
    private final PlanningProblem problem;
    private final Map<String, Shift> shiftsByCode = new HashMap<>();
    private final Map<String, Location> seatLocations = new HashMap<>();
    private final List<Location> desks = new ArrayList<>();
    private final List<DeskConflict> conflicts = new ArrayList<>();
    private final Map<String, CapacityResult> capacities = new HashMap<>();
    private final Map<String, List<DeskId>> seconds = new HashMap<>();
    private final Timeline timeline;

    public PlanFactory(PlanningProblem problem) {
        this.problem = problem;
        this.timeline = new Timeline(problem.horizon(), problem.zone(), problem.shifts());
        problem.shifts().forEach(s -> shiftsByCode.put(s.code(), s));
        for (ConflictGraph graph : problem.rooms()) {
            String room = graph.floor().id();
            Location[] bySeat = new Location[graph.size()];
            for (Seat seat : graph.seats()) {
                boolean desk = seat.kind() == CellKind.DESK;
                int posts = 0;
                for (int n : graph.neighbours(seat.index())) {
                    posts += desk && graph.seat(n).isFixedPost() ? 1 : 0;
                }
                bySeat[seat.index()] = new Location(room, seat.id(), desk, posts);
                seatLocations.put(key(room, seat.id()), bySeat[seat.index()]);
                if (graph.usable(seat.index())) {
                    desks.add(bySeat[seat.index()]);
                }
            }
            // Every conflicting pair of seats, S posts included, so any plan is scored exactly.
            for (Seat seat : graph.seats()) {
                for (int n : graph.neighbours(seat.index())) {
                    if (seat.index() < n) {
                        conflicts.add(new DeskConflict(bySeat[seat.index()], bySeat[n]));
                    }
                }
            }
        }
    }

    public PlanningProblem problem() {
        return problem;
    }

    /** The usable D desks of every room, in room then natural order. */
    public List<Location> desks() {
        return desks;
    }

    /** A room's capacity and seat pattern, computed once per factory (it may take a while). */
    public CapacityResult capacity(ConflictGraph graph, Duration timeLimit) {
        return capacities.computeIfAbsent(graph.floor().id(), id -> Capacity.compute(graph, timeLimit));
    }

    /**
     * Computes the capacity and the second pattern of every room not yet known, rooms side by side on the
     * machine's cores (each room's searches are its own), and keeps them as {@link #capacity} and
     * {@link #secondPattern} would. With one room or one core it leaves them to those two, one by one.
     */
    public void prepareSeatPatterns(Duration timeLimit) {
        List<ConflictGraph> todo = problem.rooms().stream()
                .filter(graph -> !knowsSeatPatterns(graph))
                .toList();
        int threads = Math.min(todo.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "seat-patterns");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<SeatPatterns>> results = new ArrayList<>();
            for (ConflictGraph graph : todo) {
                // A capacity already known stays: the second pattern must be disjoint from that one.
                CapacityResult known = capacities.get(graph.floor().id());
                results.add(pool.submit(() -> {
                    CapacityResult capacity = known != null ? known : Capacity.compute(graph, timeLimit);
                    return new SeatPatterns(capacity, secondPattern(graph, capacity, timeLimit));
                }));
            }
            for (int i = 0; i < todo.size(); i++) {
                SeatPatterns patterns = results.get(i).get();
                String room = todo.get(i).floor().id();
                capacities.putIfAbsent(room, patterns.capacity());
                seconds.putIfAbsent(room, patterns.second());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // what is not kept is computed one by one when asked
        } catch (ExecutionException e) {
            throw new IllegalStateException("seat pattern search failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record SeatPatterns(CapacityResult capacity, List<DeskId> second) {}

    /**
     * A second seat pattern, disjoint from the capacity pattern: the capacity pattern of the room with those
     * desks out of service, computed once per factory. Shifts back to back within the sanitisation gap cannot
     * share a desk, so a full room for each of them needs two patterns this large.
     */
    public List<DeskId> secondPattern(ConflictGraph graph, Duration timeLimit) {
        CapacityResult first = capacity(graph, timeLimit);
        return seconds.computeIfAbsent(graph.floor().id(), id -> secondPattern(graph, first, timeLimit));
    }

    private static List<DeskId> secondPattern(ConflictGraph graph, CapacityResult first, Duration timeLimit) {
        return Capacity.compute(ConflictGraph.of(graph.floor().without(first.pattern())), timeLimit)
                .pattern();
    }

    /** Whether the room's two seat patterns are known already (computed ahead or when asked). */
    boolean knowsSeatPatterns(ConflictGraph graph) {
        return seconds.containsKey(graph.floor().id());
    }

    public Shift shift(String code) {
        return shiftsByCode.get(code);
    }

    /** The location of a schedule row; a cell that is no D or S seat becomes a non-assignable one. */
    public Location location(String roomId, DeskId desk) {
        if (roomId == null) {
            return Location.REMOTE;
        }
        Location known = seatLocations.get(key(roomId, desk));
        return known != null ? known : new Location(roomId, desk, false, 0);
    }

    /** Every operator on every date, days off, pins applied and the published plan attached. */
    public Plan emptyPlan() {
        Plan plan = skeleton();
        Map<String, Assignment> byKey = attachPublished(plan);
        for (Pin pin : problem.pins()) {
            Assignment a = byKey.get(key(pin.operatorId(), pin.date()));
            if (a != null) {
                a.setShift(pin.shift() == null ? null : shift(pin.shift()));
                a.setService(
                        pin.service() != null
                                ? pin.service()
                                : a.getServiceRange().get(0));
                a.setLocation(location(pin.roomId(), pin.desk()));
                a.setPinned(true);
            }
        }
        return plan;
    }

    /** Attaches the published plan's rows to their assignments; returns the assignments by operator and date. */
    private Map<String, Assignment> attachPublished(Plan plan) {
        Map<String, Assignment> byKey = new HashMap<>();
        plan.getAssignments().forEach(a -> byKey.put(key(a.getOperatorId(), a.getDate()), a));
        for (ScheduleEntry entry : problem.published()) {
            Assignment a = byKey.get(key(entry.operatorId(), entry.date()));
            if (a != null) {
                a.setPublished(
                        new Assignment.Published(entry.shift(), entry.service(), location(entry.room(), entry.desk())));
            }
        }
        markPublishedDaysOff(plan);
        return byKey;
    }

    /**
     * Within the dates the published plan covers, an operator without a row was off: working that day
     * is a change too (the soft rule counts it).
     */
    private void markPublishedDaysOff(Plan plan) {
        if (problem.published().isEmpty()) {
            return;
        }
        LocalDate first = problem.published().stream()
                .map(ScheduleEntry::date)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last = problem.published().stream()
                .map(ScheduleEntry::date)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        for (Assignment a : plan.getAssignments()) {
            if (a.getPublished() == null
                    && !a.getDate().isBefore(first)
                    && !a.getDate().isAfter(last)) {
                a.setPublished(new Assignment.Published(null, null, Location.REMOTE));
            }
        }
    }

    /**
     * A plan holding exactly the given schedule rows, to score any schedule with the solver's
     * rules, the published plan attached as in {@link #emptyPlan()} (so that the soft rule on changes
     * from it counts as it does while solving). A second row for one operator and date becomes an extra assignment; rows outside the
     * horizon or of unknown operators or shifts are left out.
     */
    public Plan planOf(List<ScheduleEntry> entries) {
        List<Assignment> extra = new ArrayList<>();
        Plan plan = skeleton();
        attachPublished(plan);
        Map<String, Assignment> byKey = new HashMap<>();
        Map<String, Assignment> template = new HashMap<>();
        plan.getAssignments().forEach(a -> template.put(key(a.getOperatorId(), a.getDate()), a));
        for (ScheduleEntry entry : entries) {
            String k = key(entry.operatorId(), entry.date());
            Assignment base = template.get(k);
            Shift shift = shift(entry.shift());
            if (base == null || shift == null) {
                continue;
            }
            Assignment target = base;
            if (byKey.containsKey(k)) {
                target = copy(base, base.getId() + "#" + (extra.size() + 2));
                extra.add(target);
            }
            byKey.put(k, target);
            target.setShift(shift);
            target.setService(entry.service());
            target.setLocation(location(entry.room(), entry.desk()));
        }
        plan.getAssignments().addAll(extra);
        return plan;
    }

    private Plan skeleton() {
        List<Assignment> assignments = new ArrayList<>();
        List<LocalDate> dates = problem.horizon().dates();
        for (Operator operator : problem.operators()) {
            WeekTarget[] targets = new WeekTarget[problem.horizon().weeks()];
            for (int w = 0; w < targets.length; w++) {
                targets[w] = new WeekTarget(operator.id(), w, target(operator, dates.subList(w * 7, w * 7 + 7)));
            }
            List<String> services = operator.skills().isEmpty() ? List.of("") : operator.skills();
            for (int d = 0; d < dates.size(); d++) {
                LocalDate date = dates.get(d);
                Assignment a = new Assignment(
                        operator.id() + "@" + date,
                        operator,
                        date,
                        d,
                        targets[d / 7],
                        problem.remoteAllowed(operator),
                        problem.sanitizeMinutes(),
                        workable(operator, date),
                        services,
                        timeline);
                a.setService(services.get(0));
                assignments.add(a);
            }
        }
        return new Plan(
                problem.horizon(), locations(), List.copyOf(conflicts), moments(), problem.demands(), assignments);
    }

    /** A copy whose assignments the solver does not touch, for readers on other threads. */
    public static Plan snapshot(Plan plan) {
        List<Assignment> copies = new ArrayList<>(plan.getAssignments().size());
        for (Assignment a : plan.getAssignments()) {
            Assignment c = copy(a, a.getId());
            c.setShift(a.getShift());
            c.setService(a.getService());
            c.setLocation(a.getLocation());
            c.setPinned(a.isPinned());
            c.setPublished(a.getPublished());
            copies.add(c);
        }
        Plan copy = new Plan(
                plan.getHorizon(),
                plan.getLocations(),
                plan.getDeskConflicts(),
                plan.getMoments(),
                plan.getDemands(),
                copies);
        copy.setScore(plan.getScore());
        return copy;
    }

    private static Assignment copy(Assignment base, String id) {
        return new Assignment(
                id,
                base.getOperator(),
                base.getDate(),
                base.getDayIndex(),
                base.getWeekTarget(),
                base.isRemoteAllowed(),
                base.getSanitizeMinutes(),
                base.getShiftRange(),
                base.getServiceRange(),
                base.getTimeline());
    }

    private List<Location> locations() {
        List<Location> all = new ArrayList<>(desks);
        all.add(Location.REMOTE);
        return all;
    }

    /** The shifts an operator may work on a date: allowed, running that weekday, not unavailable. */
    public List<Shift> workable(Operator operator, LocalDate date) {
        if (!operator.availableOn(date)) {
            return List.of();
        }
        return problem.shifts().stream()
                .filter(s -> operator.mayWork(s) && s.runsOn(date))
                .toList();
    }

    /** Rule 7: min(days_per_week, available days of the week). */
    public int target(Operator operator, List<LocalDate> week) {
        int available = (int) week.stream()
                .filter(date -> !workable(operator, date).isEmpty())
                .count();
        return Math.min(operator.daysPerWeek(), available);
    }

    /**
     * Rule 3: every shift start of the horizon, in each room with a max-occupancy. Starts are real
     * instants: two wall-clock starts the clocks make one instant are one moment.
     */
    private List<Moment> moments() {
        TreeMap<Long, LocalDateTime> starts = new TreeMap<>();
        List<LocalDate> dates = problem.horizon().dates();
        for (int d = 0; d < dates.size(); d++) {
            for (Shift shift : problem.shifts()) {
                if (shift.runsOn(dates.get(d))) {
                    starts.putIfAbsent(timeline.start(d, shift), shift.startOn(dates.get(d)));
                }
            }
        }
        List<Moment> moments = new ArrayList<>();
        for (ConflictGraph graph : problem.rooms()) {
            if (graph.floor().hasOccupancyLimit()) {
                int allowed = Math.max(0, graph.floor().maxOccupancy() - graph.fixedPostCount());
                starts.forEach((t, at) -> moments.add(new Moment(graph.floor().id(), t, allowed, at)));
            }
        }
        return moments;
    }

    /** The schedule rows of a plan, in the order of SPEC §4. */
    public static List<ScheduleEntry> entries(Plan plan) {
        Map<Assignment, ScheduleEntry> rows = new LinkedHashMap<>();
        for (Assignment a : plan.getAssignments()) {
            if (!a.isWorking()) {
                continue;
            }
            Operator o = a.getOperator();
            Location l = a.getLocation();
            rows.put(
                    a,
                    new ScheduleEntry(
                            a.getDate(),
                            a.getShiftCode(),
                            a.getShift().start(),
                            a.getShift().end(),
                            o.id(),
                            o.name(),
                            o.team(),
                            o.employer(),
                            a.getService(),
                            l.roomId(),
                            l.desk(),
                            o.headset()));
        }
        Comparator<ScheduleEntry> order = Comparator.comparing(ScheduleEntry::date)
                .thenComparing(ScheduleEntry::start)
                .thenComparing(ScheduleEntry::shift)
                .thenComparing(ScheduleEntry::remote)
                .thenComparing(e -> e.remote() ? "" : e.room())
                .thenComparing(e -> e.remote() ? new DeskId(0, 1) : e.desk())
                .thenComparing(ScheduleEntry::operatorId);
        return rows.values().stream().sorted(order).toList();
    }

    private static String key(String a, Object b) {
        return a + "\u0000" + b;
    }
}
