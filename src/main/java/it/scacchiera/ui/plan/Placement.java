package it.scacchiera.ui.plan;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.Assignment;
import it.scacchiera.planning.Pin;
import java.time.LocalDate;

/**
 * Where one operator is on one date: off ({@code shift} null), or a shift and service at a desk
 * ({@code roomId} and {@code desk} null: remote).
 */
public record Placement(String shift, String service, String roomId, DeskId desk) {
    public static final Placement OFF = new Placement(null, null, null, null);

    static Placement of(Assignment a) {
        if (!a.isWorking()) {
            return OFF;
        }
        return new Placement(
                a.getShiftCode(),
                a.getService(),
                a.getLocation().roomId(),
                a.getLocation().desk());
    }

    public boolean working() {
        return shift != null;
    }

    public boolean remote() {
        return shift != null && roomId == null;
    }

    /** The pin that keeps this placement when the solver runs again. */
    Pin pin(String operatorId, LocalDate date) {
        return working() ? new Pin(operatorId, date, shift, service, roomId, desk) : Pin.dayOff(operatorId, date);
    }
}
