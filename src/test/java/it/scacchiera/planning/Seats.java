package it.scacchiera.planning;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.Shift;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Exact desk bookkeeping for {@link PlantedSite}'s hidden plan: rules 1, 2, 3 and 8 checked per candidate desk. */
final class Seats {
    record Seat(String room, DeskId desk) {}

    private record Use(long start, long end, int operator) {}

    private final List<ConflictGraph> rooms;
    private final List<List<List<Use>>> uses = new ArrayList<>(); // room, seat -> uses
    private final List<List<Use>> byRoom = new ArrayList<>();
    private final TreeSet<Long> moments = new TreeSet<>();
    private final int gap;

    Seats(List<ConflictGraph> rooms, List<Shift> shifts, List<LocalDate> dates, int gap) {
        this.rooms = rooms;
        this.gap = gap;
        for (ConflictGraph g : rooms) {
            List<List<Use>> seats = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                seats.add(new ArrayList<>());
            }
            uses.add(seats);
            byRoom.add(new ArrayList<>());
        }
        for (int d = 0; d < dates.size(); d++) {
            for (Shift s : shifts) {
                if (s.runsOn(dates.get(d))) {
                    moments.add(d * Assignment.MINUTES_PER_DAY + s.start().toSecondOfDay() / 60);
                }
            }
        }
    }

    Seat place(int operator, int day, Shift shift) {
        long start = day * Assignment.MINUTES_PER_DAY + shift.start().toSecondOfDay() / 60;
        long end = start + shift.minutes();
        for (int r = 0; r < rooms.size(); r++) {
            ConflictGraph g = rooms.get(r);
            if (g.floor().hasOccupancyLimit() && !roomHasSpace(r, start, end)) {
                continue;
            }
            for (int i = 0; i < g.size(); i++) {
                if (g.usable(i) && free(r, i, operator, start, end)) {
                    Use use = new Use(start, end, operator);
                    uses.get(r).get(i).add(use);
                    byRoom.get(r).add(use);
                    return new Seat(g.floor().id(), g.seat(i).id());
                }
            }
        }
        return null;
    }

    private boolean roomHasSpace(int r, long start, long end) {
        ConflictGraph g = rooms.get(r);
        int allowed = Math.max(0, g.floor().maxOccupancy() - g.fixedPostCount());
        for (long m : moments.subSet(start, end)) {
            long running = byRoom.get(r).stream()
                    .filter(u -> u.start <= m && m < u.end)
                    .count();
            if (running + 1 > allowed) {
                return false;
            }
        }
        return true;
    }

    private boolean free(int r, int i, int operator, long start, long end) {
        for (Use u : uses.get(r).get(i)) {
            boolean clash = u.operator == operator
                    ? u.start < end && start < u.end
                    : u.start < end + gap && start < u.end + gap;
            if (clash) {
                return false;
            }
        }
        for (int m : rooms.get(r).neighbours(i)) {
            for (Use u : uses.get(r).get(m)) {
                if (u.start < end && start < u.end) {
                    return false;
                }
            }
        }
        return true;
    }
}
