package it.scacchiera.persistence;

import it.scacchiera.roster.ScheduleEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pins between the planner's model and the store. A planning pin fixes everything (shift, service,
 * desk or home); a stored pin may leave the shift or the location open ("any"), which the planning
 * model cannot express: such a pin is fixed where the saved plan placed that operator-day, or, with
 * no row to read it from, kept aside untouched so saving the plan again writes it back as it was.
 */
public final class PlanPins {
    /** What a saved plan's pins become: planning pins, and the stored pins kept as they were. */
    public record Opened(List<it.scacchiera.planning.Pin> pins, List<Pin> kept) {
        public Opened {
            pins = List.copyOf(pins);
            kept = List.copyOf(kept);
        }
    }

    private PlanPins() {}

    public static Pin toStored(it.scacchiera.planning.Pin pin) {
        if (pin.shift() == null) {
            return Pin.dayOff(pin.operatorId(), pin.date());
        }
        PinnedLocation where =
                pin.roomId() == null ? PinnedLocation.REMOTE : PinnedLocation.office(pin.roomId(), pin.desk());
        return Pin.working(pin.operatorId(), pin.date(), pin.shift(), pin.service(), where);
    }

    /** @param rows the saved plan's schedule rows, where open pins read their shift, service and desk */
    public static Opened toPlanning(List<Pin> stored, List<ScheduleEntry> rows) {
        Map<String, ScheduleEntry> placed = new HashMap<>();
        rows.forEach(row -> placed.putIfAbsent(key(row.operatorId(), row.date()), row));
        var pins = new ArrayList<it.scacchiera.planning.Pin>();
        var kept = new ArrayList<Pin>();
        for (Pin pin : stored) {
            if (pin.dayOff()) {
                pins.add(it.scacchiera.planning.Pin.dayOff(pin.operatorId(), pin.date()));
            } else if (pin.shift() != null && pin.location() instanceof PinnedLocation.Office office) {
                pins.add(new it.scacchiera.planning.Pin(
                        pin.operatorId(), pin.date(), pin.shift(), pin.service(), office.room(), office.desk()));
            } else if (pin.shift() != null && pin.location() instanceof PinnedLocation.Remote) {
                pins.add(new it.scacchiera.planning.Pin(
                        pin.operatorId(), pin.date(), pin.shift(), pin.service(), null, null));
            } else {
                ScheduleEntry row = placed.get(key(pin.operatorId(), pin.date()));
                if (row != null && fits(pin, row)) {
                    pins.add(new it.scacchiera.planning.Pin(
                            pin.operatorId(), pin.date(), row.shift(), row.service(), row.room(), row.desk()));
                } else {
                    kept.add(pin);
                }
            }
        }
        return new Opened(pins, kept);
    }

    /** The saved row honours the open pin: same shift and service where the pin names them. */
    private static boolean fits(Pin pin, ScheduleEntry row) {
        return (pin.shift() == null || pin.shift().equals(row.shift()))
                && (pin.service() == null || pin.service().equals(row.service()))
                && (!(pin.location() instanceof PinnedLocation.Remote) || row.remote())
                && (!(pin.location() instanceof PinnedLocation.Office office)
                        || (office.room().equals(row.room()) && office.desk().equals(row.desk())));
    }

    private static String key(String operatorId, LocalDate date) {
        return operatorId + "|" + date;
    }
}
