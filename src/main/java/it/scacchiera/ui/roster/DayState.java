package it.scacchiera.ui.roster;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.persistence.Pin;
import it.scacchiera.roster.ScheduleEntry;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operator does on the day shown: off, at a desk, remote, or unassigned (wanted but not
 * placed). {@code shift}, {@code room} and {@code desk} are null when they do not apply; {@code pinned}
 * says the planner fixed it by hand.
 */
public record DayState(Kind kind, String shift, String room, DeskId desk, boolean pinned) {
    public enum Kind {
        OFF,
        DESK,
        REMOTE,
        UNASSIGNED
    }

    public static final DayState OFF = new DayState(Kind.OFF, null, null, null, false);

    /**
     * The states of one date from a plan's rows and pins; operators with no row are absent (shown off).
     * A pin with no row that day is a pinned day off, or a pinned working day the plan has not placed yet.
     */
    public static Map<String, DayState> of(List<ScheduleEntry> entries, List<Pin> pins, LocalDate date) {
        Map<String, DayState> states = new HashMap<>();
        Map<String, Pin> pinned = new HashMap<>();
        pins.stream().filter(pin -> pin.date().equals(date)).forEach(pin -> pinned.put(pin.operatorId(), pin));
        for (ScheduleEntry entry : entries) {
            if (entry.date().equals(date)) {
                boolean isPinned = pinned.containsKey(entry.operatorId());
                states.put(
                        entry.operatorId(),
                        entry.remote()
                                ? new DayState(Kind.REMOTE, entry.shift(), null, null, isPinned)
                                : new DayState(Kind.DESK, entry.shift(), entry.room(), entry.desk(), isPinned));
            }
        }
        pinned.forEach((operatorId, pin) -> states.computeIfAbsent(
                operatorId,
                id -> pin.dayOff()
                        ? new DayState(Kind.OFF, null, null, null, true)
                        : new DayState(Kind.UNASSIGNED, pin.shift(), null, null, true)));
        return states;
    }
}
