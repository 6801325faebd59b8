package it.scacchiera.persistence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision the planner fixed by hand (SPEC §3), which the solver keeps: the operator is off that
 * day, or works {@code shift} (null: any shift) at {@code location}.
 */
public record Pin(String operatorId, LocalDate date, boolean dayOff, String shift, PinnedLocation location) {
    public Pin {
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(location, "location");
        if (dayOff && (shift != null || !(location instanceof PinnedLocation.Any))) {
            throw new IllegalArgumentException("a day off has no shift and no location");
        }
    }

    public static Pin dayOff(String operatorId, LocalDate date) {
        return new Pin(operatorId, date, true, null, PinnedLocation.ANY);
    }

    /** A working day; {@code shift} null leaves the shift to the solver. */
    public static Pin working(String operatorId, LocalDate date, String shift, PinnedLocation location) {
        return new Pin(operatorId, date, false, shift, location);
    }
}
