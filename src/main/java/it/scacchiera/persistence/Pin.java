package it.scacchiera.persistence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision the planner fixed by hand (SPEC §3), which the solver keeps: the operator is off that
 * day, or works {@code shift} (null: any shift) at {@code location} for {@code service} (null: any
 * of the operator's services).
 */
public record Pin(
        String operatorId, LocalDate date, boolean dayOff, String shift, PinnedLocation location, String service) {
    public Pin {
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(location, "location");
        if (dayOff && (shift != null || !(location instanceof PinnedLocation.Any))) {
            throw new IllegalArgumentException("a day off has no shift and no location");
        }
        if (dayOff && service != null) {
            throw new IllegalArgumentException("a day off has no service");
        }
    }

    /** A pin that leaves the service to the solver. */
    public Pin(String operatorId, LocalDate date, boolean dayOff, String shift, PinnedLocation location) {
        this(operatorId, date, dayOff, shift, location, null);
    }

    public static Pin dayOff(String operatorId, LocalDate date) {
        return new Pin(operatorId, date, true, null, PinnedLocation.ANY);
    }

    /** A working day; {@code shift} null leaves the shift to the solver. */
    public static Pin working(String operatorId, LocalDate date, String shift, PinnedLocation location) {
        return new Pin(operatorId, date, false, shift, location, null);
    }

    /** A working day with its service; {@code shift} or {@code service} null leave that to the solver. */
    public static Pin working(
            String operatorId, LocalDate date, String shift, String service, PinnedLocation location) {
        return new Pin(operatorId, date, false, shift, location, service);
    }
}
