package it.scacchiera.ui.rota;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.ScheduleEntry;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A desk for an operator put on a shift from the rota: the first usable desk of any room that is free
 * in that shift with no occupied neighbour, so the edit does not break the distance rule by itself.
 */
final class FreeDesk {
    record Found(String room, DeskId desk) {}

    private FreeDesk() {}

    /** @return null when every room is full in that shift */
    static Found find(List<ConflictGraph> rooms, List<ScheduleEntry> entries, LocalDate date, String shift) {
        for (ConflictGraph room : rooms) {
            Set<DeskId> taken = new HashSet<>();
            for (ScheduleEntry e : entries) {
                if (e.date().equals(date)
                        && e.shift().equals(shift)
                        && room.floor().id().equals(e.room())) {
                    taken.add(e.desk());
                }
            }
            for (int i = 0; i < room.size(); i++) {
                if (room.usable(i) && !room.seat(i).isFixedPost() && free(room, i, taken)) {
                    return new Found(room.floor().id(), room.seat(i).id());
                }
            }
        }
        return null;
    }

    private static boolean free(ConflictGraph room, int seat, Set<DeskId> taken) {
        if (taken.contains(room.seat(seat).id())) {
            return false;
        }
        for (int n : room.neighbours(seat)) {
            if (taken.contains(room.seat(n).id())) {
                return false;
            }
        }
        return true;
    }
}
