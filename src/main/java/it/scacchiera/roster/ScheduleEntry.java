package it.scacchiera.roster;

import it.scacchiera.floorplan.DeskId;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One working operator-shift of a plan: one row of the schedule CSV (SPEC §4). {@code room} and
 * {@code desk} are null when remote. Produced by planning, written and read by export, checked by verify.
 */
public record ScheduleEntry(
        LocalDate date,
        String shift,
        LocalTime start,
        LocalTime end,
        String operatorId,
        String operatorName,
        String team,
        String employer,
        String service,
        String room,
        DeskId desk,
        String headset) {
    public boolean remote() {
        return room == null;
    }
}
