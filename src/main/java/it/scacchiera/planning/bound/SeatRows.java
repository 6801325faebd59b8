package it.scacchiera.planning.bound;

import java.util.List;
import java.util.function.Function;

/**
 * Rules 1–3 and 8 counted over the rooms: the shifts running at one moment share each room's
 * seats, no more than its capacity (their desks together are one conflict-free set); shifts closer
 * than the sanitisation gap cannot share a desk, so together they hold no more than the room's
 * usable desks and, for g groups of shifts running at once, g capacities. The rooms' limits are
 * added up: for the moments that is exact (spread every shift's office workers over the rooms in
 * proportion to their capacities), for the sanitisation windows it may only be weaker.
 */
final class SeatRows {
    private SeatRows() {}

    /** {@code officeWorkers} gives, per instance, the workers who need a seat. */
    static void add(
            LinearProgram lp,
            List<ShiftInstance> instances,
            int sanitizeMinutes,
            List<RoomSeats> rooms,
            Function<ShiftInstance, Terms> officeWorkers) {
        long capacity = rooms.stream().mapToLong(RoomSeats::capacity).sum();
        for (List<ShiftInstance> atOnce : Cliques.of(instances, 0)) {
            seats(lp, atOnce, officeWorkers, capacity);
        }
        if (sanitizeMinutes == 0) {
            return;
        }
        for (List<ShiftInstance> apart : Cliques.of(instances, sanitizeMinutes)) {
            int groups = Cliques.cover(apart);
            long most = 0;
            for (RoomSeats room : rooms) {
                most += Math.min(room.desks(), (long) groups * room.capacity());
            }
            if (groups > 1 && most < groups * capacity) {
                seats(lp, apart, officeWorkers, most);
            }
        }
    }

    private static void seats(
            LinearProgram lp, List<ShiftInstance> clique, Function<ShiftInstance, Terms> officeWorkers, long most) {
        Terms row = new Terms();
        clique.forEach(i -> row.addAll(officeWorkers.apply(i), 1));
        if (row.size() > 0) {
            row.addTo(lp, Double.NEGATIVE_INFINITY, most);
        }
    }
}
