package it.scacchiera.planning;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.planning.bound.RoomSeats;
import it.scacchiera.planning.bound.SeatAwareBound;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A coverage shortfall no plan keeping the hard rules can avoid, so that {@code solve} can say how
 * far its plan may be from the best and when coverage is optimal. The largest of four valid bounds:
 * the seat-aware linear relaxation ({@link SeatAwareBound}: rooms per time window, remote
 * permission, skills, availability, days per week, rest), and three that only count: per demand,
 * operators who could take it at all; per date and shift, who could come at all, office seats
 * limited by the rooms' capacities; per week, the days operators owe in total.
 */
final class CoverageBound {
    /** A bound being computed beside the solve; until it is ready, the counting bounds stand in. */
    static final class Pending {
        private final FutureTask<Integer> task;
        private final AtomicInteger counted;

        private Pending(FutureTask<Integer> task, AtomicInteger counted) {
            this.task = task;
            this.counted = counted;
        }

        /** The bound, waiting at most {@code wait} for the linear program, else the counting bounds. */
        int await(Duration wait) {
            try {
                return task.get(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
            } catch (TimeoutException late) {
                // Documented fallback: the program did not finish in the solve's time; it stops by its own limit.
                task.cancel(false);
                return counted.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return counted.get();
            } catch (ExecutionException failed) {
                throw new IllegalStateException("coverage lower bound failed", failed.getCause());
            }
        }
    }

    private CoverageBound() {}

    /** The bound, the linear program given at most {@code programTime}. */
    static int of(PlanFactory factory, Duration capacityTimePerRoom, Duration programTime) {
        Pending pending = start(factory, capacityTimePerRoom, programTime);
        return pending.await(programTime.plusSeconds(1));
    }

    static int of(PlanFactory factory, Duration capacityTimePerRoom) {
        return of(factory, capacityTimePerRoom, Duration.ofSeconds(5));
    }

    /**
     * Starts the bound on a thread of its own, so that it runs beside the solve on a second core and
     * never holds up the solve: room capacities are taken here, on the caller's thread (the factory
     * caches them); the thread reads only the problem. Until the counting bounds are done, 0 stands in.
     */
    static Pending start(PlanFactory factory, Duration capacityTimePerRoom, Duration programTime) {
        List<RoomSeats> rooms = roomSeats(factory, capacityTimePerRoom);
        AtomicInteger counted = new AtomicInteger();
        var task = new FutureTask<>(() -> {
            counted.set(counting(factory, rooms));
            return Math.max(
                    counted.get(),
                    SeatAwareBound.of(factory, rooms, programTime).bound());
        });
        Thread thread = new Thread(task, "coverage-bound");
        thread.setDaemon(true); // a CLI run that is done does not wait for it
        thread.start();
        return new Pending(task, counted);
    }

    static List<RoomSeats> roomSeats(PlanFactory factory, Duration capacityTimePerRoom) {
        List<RoomSeats> rooms = new ArrayList<>();
        for (ConflictGraph graph : factory.problem().rooms()) {
            int desks = 0;
            for (int seat = 0; seat < graph.size(); seat++) {
                desks += graph.usable(seat) ? 1 : 0;
            }
            int capacity = factory.capacity(graph, capacityTimePerRoom).upperBound();
            rooms.add(new RoomSeats(graph.floor().id(), capacity, desks));
        }
        return rooms;
    }

    /** The three counting bounds alone. */
    static int counting(PlanFactory factory, List<RoomSeats> rooms) {
        PlanningProblem p = factory.problem();
        long seats = rooms.stream().mapToLong(RoomSeats::capacity).sum();
        Map<String, List<Demand>> byShift = new HashMap<>();
        for (Demand d : p.demands()) {
            if (p.horizon().contains(d.date()) && d.required() > 0) {
                byShift.computeIfAbsent(d.date() + " " + d.shift(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        long perShift = 0;
        long perDemand = 0;
        for (List<Demand> demands : byShift.values()) {
            LocalDate date = demands.get(0).date();
            Shift shift = factory.shift(demands.get(0).shift());
            Set<Operator> able = new HashSet<>();
            long shortOfSkill = 0;
            long required = 0;
            for (Demand d : demands) {
                required += d.required();
                long skilled = 0;
                for (Operator o : p.operators()) {
                    if (shift != null
                            && o.hasSkill(d.service())
                            && factory.workable(o, date).contains(shift)) {
                        skilled++;
                        able.add(o);
                    }
                }
                shortOfSkill += Math.max(0, d.required() - skilled);
            }
            long remote = able.stream().filter(p::remoteAllowed).count();
            long supply = remote + Math.min(able.size() - remote, seats);
            perDemand += shortOfSkill;
            perShift += Math.max(shortOfSkill, required - supply);
        }
        long perWeek = 0;
        List<LocalDate> dates = p.horizon().dates();
        for (int w = 0; w < p.horizon().weeks(); w++) {
            List<LocalDate> week = dates.subList(w * 7, w * 7 + 7);
            long required = p.demands().stream()
                    .filter(d -> week.contains(d.date()))
                    .mapToLong(Demand::required)
                    .sum();
            long owed = p.operators().stream()
                    .mapToLong(o -> factory.target(o, week))
                    .sum();
            perWeek += Math.max(0, required - owed);
        }
        return (int) Math.max(perWeek, Math.max(perShift, perDemand));
    }
}
