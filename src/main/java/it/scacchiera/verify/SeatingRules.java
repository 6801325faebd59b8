package it.scacchiera.verify;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Shift;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Hard rules about rooms and desks: 1 conflict, 2 desk, 3 occupancy, 8 sanitisation. */
final class SeatingRules {
    private record SeatDay(int seat, LocalDate date) {}

    private record RoomDesk(String room, DeskId desk) {}

    private final Map<String, ConflictGraph> rooms;
    private final List<Shift> shifts;
    private final Horizon horizon;
    private final int sanitizeMinutes;
    private final ZoneId zone;

    SeatingRules(
            Map<String, ConflictGraph> rooms, List<Shift> shifts, Horizon horizon, int sanitizeMinutes, ZoneId zone) {
        this.rooms = rooms;
        this.shifts = List.copyOf(shifts);
        this.horizon = horizon;
        this.sanitizeMinutes = sanitizeMinutes;
        this.zone = zone;
    }

    /** {@code slots} sorted by start. */
    void check(List<Slot> slots, List<Violation> found) {
        Map<String, List<Slot>> byRoom = new LinkedHashMap<>();
        for (Slot slot : slots) {
            if (!slot.entry().remote()) {
                byRoom.computeIfAbsent(slot.entry().room(), r -> new ArrayList<>())
                        .add(slot);
            }
        }
        byRoom.forEach((room, office) -> {
            ConflictGraph graph = rooms.get(room);
            if (graph != null) {
                conflicts(graph, office, found);
                occupancy(graph, office, found);
            }
            desks(graph, office, found);
        });
    }

    /** Rule 1: conflicting seats at once; a D desk next to an S post once per post. */
    private void conflicts(ConflictGraph graph, List<Slot> office, List<Violation> found) {
        Map<SeatDay, List<Slot>> bySeatDay = new HashMap<>();
        for (Slot slot : office) {
            int seat = graph.indexOf(slot.entry().desk());
            if (seat >= 0) {
                bySeatDay
                        .computeIfAbsent(new SeatDay(seat, slot.entry().date()), k -> new ArrayList<>())
                        .add(slot);
            }
        }
        for (Slot slot : office) {
            int seat = graph.indexOf(slot.entry().desk());
            if (seat < 0) {
                continue;
            }
            boolean desk = !graph.seat(seat).isFixedPost();
            for (int other : graph.neighbours(seat)) {
                if (desk && graph.seat(other).isFixedPost()) {
                    found.add(Violation.hard(
                            1,
                            1,
                            slot.describe() + " sits next to fixed post "
                                    + graph.seat(other).id()));
                }
                if (other < seat) {
                    continue; // each unordered pair once: from its lower seat
                }
                // Shifts last at most a day, so only neighbours of the day before, the day and the day after can
                // overlap.
                LocalDate date = slot.entry().date();
                for (LocalDate day = date.minusDays(1); !day.isAfter(date.plusDays(1)); day = day.plusDays(1)) {
                    for (Slot near : bySeatDay.getOrDefault(new SeatDay(other, day), List.of())) {
                        if (slot.overlaps(near)) {
                            found.add(Violation.hard(
                                    1,
                                    1,
                                    "neighbouring seats at once: " + slot.describe() + " and " + near.describe()));
                        }
                    }
                }
            }
        }
    }

    /** Rules 2 and 8 per desk; {@code graph} null when the room is unknown. */
    private void desks(ConflictGraph graph, List<Slot> office, List<Violation> found) {
        Map<RoomDesk, List<Slot>> byDesk = new LinkedHashMap<>();
        for (Slot slot : office) {
            byDesk.computeIfAbsent(
                            new RoomDesk(slot.entry().room(), slot.entry().desk()), k -> new ArrayList<>())
                    .add(slot);
        }
        byDesk.forEach((key, uses) -> {
            CellKind kind = graph == null ? null : graph.floor().kind(key.desk());
            if (kind != CellKind.DESK) {
                String what = kind == null ? "a desk of no known room" : "a " + kind + " cell, not a desk";
                for (Slot slot : uses) {
                    found.add(Violation.hard(2, 1, slot.describe() + ": " + what));
                }
            }
            sweep(uses, found);
        });
    }

    /** {@code uses} sorted by start: a later use can only clash while it starts before end + gap. */
    private void sweep(List<Slot> uses, List<Violation> found) {
        for (int i = 0; i < uses.size(); i++) {
            Slot first = uses.get(i);
            ZonedDateTime clean = first.end().plusMinutes(sanitizeMinutes);
            for (int j = i + 1; j < uses.size(); j++) {
                Slot next = uses.get(j);
                if (!next.start().isBefore(clean) && !next.overlaps(first)) {
                    break;
                }
                if (next.overlaps(first)) {
                    found.add(Violation.hard(
                            2, 1, "one desk, two people at once: " + first.describe() + " and " + next.describe()));
                } else if (!next.entry().operatorId().equals(first.entry().operatorId())) {
                    found.add(Violation.hard(
                            8,
                            1,
                            "desk passed on after " + first.minutesUntil(next) + " min (need " + sanitizeMinutes + "): "
                                    + first.describe() + " then " + next.describe()));
                }
            }
        }
    }

    /** Rule 3: at each shift start of the horizon, people beyond max-occupancy minus the S posts. */
    private void occupancy(ConflictGraph graph, List<Slot> office, List<Violation> found) {
        if (!graph.floor().hasOccupancyLimit()) {
            return;
        }
        int allowed = Math.max(0, graph.floor().maxOccupancy() - graph.fixedPostCount());
        Map<LocalDate, List<Slot>> byDate = new HashMap<>();
        for (Slot slot : office) {
            byDate.computeIfAbsent(slot.entry().date(), d -> new ArrayList<>()).add(slot);
        }
        // By instant: two wall-clock starts that the clocks make one instant are one moment.
        TreeMap<Instant, ZonedDateTime> moments = new TreeMap<>();
        for (LocalDate date : horizon.dates()) {
            for (Shift shift : shifts) {
                if (shift.runsOn(date)) {
                    ZonedDateTime start = ZonedDateTime.of(shift.startOn(date), zone);
                    moments.putIfAbsent(start.toInstant(), start);
                }
            }
        }
        for (ZonedDateTime moment : moments.values()) {
            LocalDate date = moment.toLocalDate();
            int present = 0;
            for (LocalDate day : List.of(date.minusDays(1), date)) {
                for (Slot slot : byDate.getOrDefault(day, List.of())) {
                    if (slot.contains(moment)) {
                        present++;
                    }
                }
            }
            if (present > allowed) {
                found.add(Violation.hard(
                        3,
                        present - allowed,
                        "room " + graph.floor().id() + " at " + moment.toLocalDateTime() + ": " + present
                                + " operators, at most " + allowed + " besides the fixed posts"));
            }
        }
    }
}
