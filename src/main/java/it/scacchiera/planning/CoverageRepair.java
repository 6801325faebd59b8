package it.scacchiera.planning;

import it.scacchiera.planning.ServiceSwitches.Switch;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Construction, step 3, and between rounds of local search ({@link RepairRound}, with deeper chains):
 * fills what is still short with changes that keep every hard rule. A short demand gains one operator
 * by a chain of service switches within its shift, or by an operator moving in from another shift of
 * that day or from another day of their week, with rest (rule 6),
 * week days (rule 7) and a free desk (rules 1–4, 8, via the {@link SeatBook}) checked; whatever slot
 * is left loses one only where it has one to spare, directly or through its own chain of switches.
 * Single local search moves cannot make these changes: each needs a day, a shift, a service and a
 * desk to change together.
 */
final class CoverageRepair {
    private record Slot(int day, String shift, String service) {}

    private record Memo(Shift shift, String service, Location location) {}

    /** How deep a chain of moves may go, and how many tentative moves one fill may try, in construction. */
    private static final int DEPTH = 2;

    private static final int TRIES_PER_FILL = 400;

    private static final Duration SHOW_EVERY = Duration.ofSeconds(2);

    /** A cached "no chain" (its own instance, never equal by identity to a chain or to {@code List.of()}). */
    private static final List<Switch> NONE = Collections.unmodifiableList(new ArrayList<>());

    private final int depth;
    private final int triesPerFill;

    private final SeatBook seats;
    private final Random random;
    private final Map<Slot, Integer> required = new HashMap<>();
    private final Map<Slot, Integer> staffed = new HashMap<>();
    private final List<List<Assignment>> byDay = new ArrayList<>();
    private final Map<String, List<Assignment>> byOperator = new HashMap<>();
    private final Map<String, Shift> shifts = new HashMap<>();
    private final Set<Assignment> locked = new HashSet<>();
    // Chains found (or not: NONE) since the last change; most tries ask again about the same few slots.
    private final Map<Slot, List<Switch>> chains = new HashMap<>();
    private int tries;
    private Cutoff cutoff = Cutoff.NEVER;

    CoverageRepair(Plan plan, SeatBook seats, Random random) {
        this(plan, seats, random, DEPTH, TRIES_PER_FILL);
    }

    CoverageRepair(Plan plan, SeatBook seats, Random random, int depth, int triesPerFill) {
        this.depth = depth;
        this.triesPerFill = triesPerFill;
        this.seats = seats;
        this.random = random;
        for (Demand d : plan.getDemands()) {
            if (plan.getHorizon().contains(d.date())) {
                int day = (int) ChronoUnit.DAYS.between(plan.getHorizon().from(), d.date());
                required.merge(new Slot(day, d.shift(), d.service()), d.required(), Integer::sum);
            }
        }
        for (Assignment a : plan.getAssignments()) {
            while (byDay.size() <= a.getDayIndex()) {
                byDay.add(new ArrayList<>());
            }
            byDay.get(a.getDayIndex()).add(a);
            byOperator
                    .computeIfAbsent(a.getOperatorId(), k -> new ArrayList<>())
                    .add(a);
            a.getShiftRange().forEach(s -> shifts.put(s.code(), s));
            if (a.isWorking()) {
                staffed.merge(slot(a), 1, Integer::sum);
            }
        }
    }

    /** Fills short demands until a whole pass gains nothing or the deadline passes; returns the units gained. */
    int repair(Cutoff cutoff) {
        return repair(cutoff, () -> {});
    }

    /**
     * As {@link #repair(Cutoff)}, calling {@code shown} between two fills every {@link #SHOW_EVERY} while it gains,
     * so that a long repair on a large site shows its progress (the plan then keeps every rule it kept before).
     */
    int repair(Cutoff cutoff, Runnable shown) {
        this.cutoff = cutoff;
        int gained = 0;
        long showAt = System.nanoTime() + SHOW_EVERY.toNanos();
        boolean progress = true;
        while (progress && !cutoff.passed()) {
            progress = false;
            List<Slot> shortSlots = new ArrayList<>();
            required.forEach((slot, need) -> {
                if (staffed.getOrDefault(slot, 0) < need) {
                    shortSlots.add(slot);
                }
            });
            shortSlots.sort((x, y) -> x.toString().compareTo(y.toString()));
            Collections.shuffle(shortSlots, random);
            for (Slot slot : shortSlots) {
                while (!cutoff.passed() && isShort(slot) && fill(slot)) {
                    gained++;
                    progress = true;
                    if (System.nanoTime() - showAt > 0) {
                        shown.run();
                        showAt = System.nanoTime() + SHOW_EVERY.toNanos();
                    }
                }
            }
        }
        return gained;
    }

    private boolean fill(Slot slot) {
        tries = triesPerFill;
        return fill(slot, depth);
    }

    /**
     * One more operator on {@code slot}. At depth 1 the slot left behind must have one to spare; deeper,
     * the slot left behind may itself be filled the same way, everything tried undone when that fails.
     */
    private boolean fill(Slot slot, int depth) {
        List<Switch> switches = gain(slot.day, slot.shift, slot.service);
        if (switches != null) {
            switches.forEach(this::apply);
            return true;
        }
        Shift shift = shifts.get(slot.shift);
        if (shift == null) {
            return false;
        }
        List<Assignment> candidates = new ArrayList<>();
        for (Assignment x : byDay.get(slot.day)) {
            if (!x.isPinned()
                    && !locked.contains(x)
                    && x.getShiftRange().contains(shift)
                    && x.getServiceRange().contains(slot.service)
                    && !shift.equals(x.getShift())
                    && (x.isRemoteAllowed() || seats.hasSeat(x, shift))) {
                candidates.add(x);
            }
        }
        Collections.shuffle(candidates, random);
        for (boolean deeper : new boolean[] {false, true}) {
            if (deeper && depth <= 1) {
                return false;
            }
            for (Assignment x : candidates) {
                if (x.isWorking()
                        ? moveIn(x, x, shift, slot, deeper, depth)
                        : moveInFromAnotherDay(x, shift, slot, deeper, depth)) {
                    return true;
                }
            }
        }
        return depth == this.depth && fillByFreeingADesk(slot, shift);
    }

    /**
     * Everyone who could come lacks a desk: an office worker whose desk overlaps the slot's time
     * moves to another shift that day or a day off of their week (with a desk, rest kept, and their
     * old slot left with one to spare), and the one who comes takes the desk left.
     */
    private boolean fillByFreeingADesk(Slot slot, Shift shift) {
        List<Assignment> seatless = new ArrayList<>();
        List<Assignment> holders = new ArrayList<>();
        for (Assignment x : byDay.get(slot.day)) {
            if (x.isPinned() || locked.contains(x)) {
                continue;
            }
            if (!x.isRemoteAllowed()
                    && x.getShiftRange().contains(shift)
                    && x.getServiceRange().contains(slot.service)
                    && !shift.equals(x.getShift())) {
                seatless.add(x);
            }
            if (x.isOffice() && x.getStart() < x.endIf(shift) && x.startIf(shift) < x.getEnd()) {
                holders.add(x);
            }
        }
        Collections.shuffle(holders, random);
        for (Assignment x : seatless) {
            for (Assignment holder : holders) {
                if (--tries < 0 || cutoff.passed()) {
                    return false;
                }
                if (holder == x) {
                    continue;
                }
                Memo holderWas = new Memo(holder.getShift(), holder.getService(), holder.getLocation());
                seats.release(holder);
                boolean freed = seats.hasSeat(x, shift);
                holder.setLocation(Location.REMOTE);
                restore(holder, holderWas);
                if (!freed) {
                    continue;
                }
                lock(x);
                boolean moved = moveAway(holder);
                unlock(x);
                if (moved && !seats.hasSeat(x, shift)) {
                    undoAway(); // the holder's new shift took the desk back
                } else if (moved) {
                    lock(holder);
                    boolean filled = x.isWorking()
                            ? moveIn(x, x, shift, slot, false, 1)
                            : moveInFromAnotherDay(x, shift, slot, false, 1);
                    unlock(holder);
                    if (filled) {
                        return true;
                    }
                    undoAway();
                }
            }
        }
        return false;
    }

    private final List<Runnable> undo = new ArrayList<>();

    /** Moves an office worker to another slot of their week with a desk; false (nothing changed) when none. */
    private boolean moveAway(Assignment holder) {
        undo.clear();
        List<Assignment> days = byOperator.get(holder.getOperatorId());
        for (Assignment target : days) {
            boolean same = target == holder;
            if (target.isPinned()
                    || locked.contains(target)
                    || target.getWeek() != holder.getWeek()
                    || !(same || !target.isWorking())
                    || !target.getServiceRange().contains(holder.getService())) {
                continue;
            }
            for (Shift s : target.getShiftRange()) {
                if ((same && s.equals(holder.getShift()))
                        || !Assignment.rested(days, holder, target.startIf(s), target.endIf(s))
                        || !seats.hasSeat(target, s)) {
                    continue;
                }
                List<Switch> chain = vacate(holder);
                if (chain == null) {
                    return false;
                }
                for (Switch step : chain) {
                    Memo was = new Memo(
                            step.who().getShift(),
                            step.who().getService(),
                            step.who().getLocation());
                    undo.add(0, () -> restore(step.who(), was));
                    apply(step);
                }
                Memo holderWas = new Memo(holder.getShift(), holder.getService(), holder.getLocation());
                Memo targetWas = new Memo(target.getShift(), target.getService(), target.getLocation());
                relocate(holder, target, s, holder.getService());
                undo.add(0, () -> {
                    restore(target, targetWas);
                    restore(holder, holderWas);
                });
                return true;
            }
        }
        return false;
    }

    private void undoAway() {
        undo.forEach(Runnable::run);
        undo.clear();
    }

    private boolean moveInFromAnotherDay(Assignment x, Shift shift, Slot slot, boolean deeper, int depth) {
        if (x.isWorking()) {
            return false;
        }
        for (Assignment y : byOperator.get(x.getOperatorId())) {
            if (y.isWorking()
                    && !y.isPinned()
                    && !locked.contains(y)
                    && y.getWeek() == x.getWeek()
                    && moveIn(y, x, shift, slot, deeper, depth)) {
                return true;
            }
        }
        return false;
    }

    /** The work of {@code from} moves to {@code to} (the same assignment, or a day off of its week) on {@code slot}. */
    private boolean moveIn(Assignment from, Assignment to, Shift shift, Slot slot, boolean deeper, int depth) {
        if (!Assignment.rested(byOperator.get(from.getOperatorId()), from, to.startIf(shift), to.endIf(shift))) {
            return false;
        }
        if (!deeper) {
            List<Switch> chain = vacate(from);
            if (chain == null) {
                return false;
            }
            chain.forEach(this::apply);
            relocate(from, to, shift, slot.service);
            return true;
        }
        if (--tries < 0 || cutoff.passed()) {
            return false;
        }
        Slot left = slot(from);
        Memo fromWas = new Memo(from.getShift(), from.getService(), from.getLocation());
        Memo toWas = new Memo(to.getShift(), to.getService(), to.getLocation());
        relocate(from, to, shift, slot.service);
        lock(from);
        lock(to);
        boolean filled = fill(left, depth - 1);
        unlock(from);
        unlock(to);
        if (!filled) {
            restore(to, toWas);
            restore(from, fromWas);
        }
        return filled;
    }

    private void relocate(Assignment from, Assignment to, Shift shift, String service) {
        if (from != to) {
            move(from, null, from.getService());
        }
        move(to, shift, service);
    }

    private void restore(Assignment a, Memo was) {
        chains.clear();
        if (a.isWorking()) {
            staffed.merge(slot(a), -1, Integer::sum);
        }
        if (a.isOffice()) {
            seats.release(a);
        }
        a.setShift(was.shift);
        a.setService(was.service);
        a.setLocation(was.location);
        if (a.isWorking()) {
            staffed.merge(slot(a), 1, Integer::sum);
        }
        if (a.isOffice()) {
            seats.keep(a);
        }
    }

    /**
     * Switches that let {@code leaving} go without a new shortfall, or null when there are none. The chains
     * toward its own service never switch {@code leaving} itself (its service is where they start), so they are
     * the slot's chains.
     */
    private List<Switch> vacate(Assignment leaving) {
        Slot from = slot(leaving);
        if (staffed.getOrDefault(from, 0) > required.getOrDefault(from, 0)) {
            return List.of();
        }
        return gain(from.day, from.shift, from.service);
    }

    /** Service switches within one day and shift that give {@code service} one more operator; null when none. */
    private List<Switch> gain(int day, String shift, String service) {
        List<Switch> known = chains.computeIfAbsent(new Slot(day, shift, service), slot -> {
            List<Assignment> working = new ArrayList<>();
            for (Assignment a : byDay.get(day)) {
                if (a.isWorking() && !a.isPinned() && !locked.contains(a) && shift.equals(a.getShiftCode())) {
                    working.add(a);
                }
            }
            List<Switch> found = ServiceSwitches.toward(service, working, from -> spare(new Slot(day, shift, from)));
            return found == null ? NONE : found;
        });
        return known == NONE ? null : known;
    }

    private void lock(Assignment a) {
        locked.add(a);
        chains.clear();
    }

    private void unlock(Assignment a) {
        locked.remove(a);
        chains.clear();
    }

    private boolean spare(Slot slot) {
        return staffed.getOrDefault(slot, 0) > required.getOrDefault(slot, 0);
    }

    private boolean isShort(Slot slot) {
        return staffed.getOrDefault(slot, 0) < required.getOrDefault(slot, 0);
    }

    private void apply(Switch step) {
        move(step.who(), step.who().getShift(), step.service());
    }

    /** Moves one assignment to another shift (null: off) and service, re-seating it when it moves in time. */
    private void move(Assignment a, Shift shift, String service) {
        chains.clear();
        if (a.isWorking()) {
            staffed.merge(slot(a), -1, Integer::sum);
        }
        boolean newTime = shift == null || !shift.equals(a.getShift());
        if (newTime && a.isOffice()) {
            seats.release(a);
        }
        a.setShift(shift);
        a.setService(service);
        if (shift == null) {
            a.setLocation(Location.REMOTE);
            return;
        }
        staffed.merge(slot(a), 1, Integer::sum);
        if (newTime) {
            Location desk = a.isRemoteAllowed() ? Location.REMOTE : seats.seat(a);
            a.setLocation(desk == null ? Location.REMOTE : desk);
        }
    }

    private static Slot slot(Assignment a) {
        return new Slot(a.getDayIndex(), a.getShiftCode(), a.getService());
    }
}
