package it.scacchiera.bench.planted;

import it.scacchiera.floorplan.Capacity;
import it.scacchiera.floorplan.CapacityResult;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.Seat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The hidden plan's seats: for every shift on every date, the desks its office workers take in each room.
 * Each room gets its exact capacity pattern ({@link Capacity}) and a second pattern disjoint from it (the
 * capacity of the room with the first pattern's desks out of service), so back-to-back shifts under the
 * sanitisation gap can alternate. Shifts are seated in order of start; a shift takes, from its preferred
 * pattern first, desks that no overlapping shift occupies or neighbours and that no shift ending less than
 * the gap before it used, within the room's max-occupancy. Every hard seating rule holds by construction.
 */
final class SeatPlan {
    /** A desk of a room. */
    record Place(String room, DeskId desk) {}

    private record Used(Instance instance, int[] seats) {}

    private final int sanitizeMinutes;
    private final Map<String, RoomSeats> rooms = new LinkedHashMap<>();

    /** A room's graph, its two seat orders (pattern 1 first, pattern 2 first), its capacity and cap. */
    private record RoomSeats(ConflictGraph graph, int[] first, int[] second, int capacity, int limit) {}

    SeatPlan(List<ConflictGraph> graphs, int sanitizeMinutes, Random random, Duration capacityLimit) {
        this.sanitizeMinutes = sanitizeMinutes;
        for (ConflictGraph graph : graphs) {
            rooms.put(graph.floor().id(), orders(graph, random, capacityLimit));
        }
    }

    /** The capacity of every room together: the most office workers of any one moment. */
    int siteCapacity() {
        return rooms.values().stream().mapToInt(RoomSeats::capacity).sum();
    }

    /** Seats for every instance, in the order given (by start). */
    Map<Instance, List<Place>> seat(List<Instance> instances, Map<String, Family.SeatShare> shares) {
        Map<Instance, List<Place>> seats = new LinkedHashMap<>();
        Map<String, List<Used>> used = new LinkedHashMap<>();
        for (Instance instance : instances) {
            List<Place> places = new ArrayList<>();
            Family.SeatShare share = shares.get(instance.shift().code());
            rooms.forEach((id, room) -> {
                List<Used> before = used.computeIfAbsent(id, r -> new ArrayList<>());
                int[] taken = take(room, instance, share, before);
                before.add(new Used(instance, taken));
                for (int seat : taken) {
                    places.add(new Place(id, room.graph().seat(seat).id()));
                }
            });
            seats.put(instance, places);
        }
        return seats;
    }

    private int[] take(RoomSeats room, Instance instance, Family.SeatShare share, List<Used> before) {
        ConflictGraph graph = room.graph();
        boolean[] blocked = new boolean[graph.size()];
        int present = 0;
        for (Used other : before) {
            if (Math.abs(ChronoUnit.DAYS.between(other.instance().date(), instance.date())) > 2) {
                continue;
            }
            boolean overlaps = other.instance().overlaps(instance);
            boolean cleaned =
                    !other.instance().end().plusMinutes(sanitizeMinutes).isAfter(instance.start());
            if (!overlaps && cleaned) {
                continue;
            }
            for (int seat : other.seats()) {
                blocked[seat] = true;
                if (overlaps) {
                    for (int near : graph.neighbours(seat)) {
                        blocked[near] = true;
                    }
                }
            }
            present += overlaps ? other.seats().length : 0;
        }
        int target = Math.min((int) Math.ceil(share.share() * room.capacity()), room.limit() - present);
        List<Integer> taken = new ArrayList<>();
        for (int seat : share.second() ? room.second() : room.first()) {
            if (taken.size() >= target) {
                break;
            }
            if (!blocked[seat]) {
                taken.add(seat);
                blocked[seat] = true;
                for (int near : graph.neighbours(seat)) {
                    blocked[near] = true;
                }
            }
        }
        return taken.stream().mapToInt(Integer::intValue).toArray();
    }

    private static RoomSeats orders(ConflictGraph graph, Random random, Duration limit) {
        CapacityResult best = Capacity.compute(graph, limit);
        List<Integer> first = indices(graph, best.pattern());
        CapacityResult other = Capacity.compute(ConflictGraph.of(graph.floor().without(best.pattern())), limit);
        List<Integer> second = indices(graph, other.pattern());
        Set<Integer> patterned = new HashSet<>(first);
        patterned.addAll(second);
        List<Integer> rest = new ArrayList<>();
        for (Seat seat : graph.seats()) {
            if (!seat.isFixedPost() && graph.usable(seat.index()) && !patterned.contains(seat.index())) {
                rest.add(seat.index());
            }
        }
        Collections.shuffle(first, random);
        Collections.shuffle(second, random);
        Collections.shuffle(rest, random);
        Floor floor = graph.floor();
        int limitSeats = floor.hasOccupancyLimit()
                ? Math.max(0, floor.maxOccupancy() - graph.fixedPostCount())
                : Integer.MAX_VALUE;
        return new RoomSeats(
                graph, concat(first, second, rest), concat(second, first, rest), best.capacity(), limitSeats);
    }

    private static List<Integer> indices(ConflictGraph graph, List<DeskId> desks) {
        List<Integer> seats = new ArrayList<>();
        desks.forEach(desk -> seats.add(graph.indexOf(desk)));
        return seats;
    }

    private static int[] concat(List<Integer> a, List<Integer> b, List<Integer> c) {
        List<Integer> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all.stream().mapToInt(Integer::intValue).toArray();
    }
}
