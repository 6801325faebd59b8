package it.scacchiera.planning;

import it.scacchiera.floorplan.DeskId;
import java.time.LocalDate;

/**
 * A planner's decision the solver keeps: the operator is off on {@code date} ({@code shift} null),
 * or works that shift and service at that desk ({@code roomId} and {@code desk} null: remote).
 */
public record Pin(String operatorId, LocalDate date, String shift, String service, String roomId, DeskId desk) {
    public static Pin dayOff(String operatorId, LocalDate date) {
        return new Pin(operatorId, date, null, null, null, null);
    }
}
