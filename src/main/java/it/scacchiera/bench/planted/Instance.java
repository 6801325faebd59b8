package it.scacchiera.bench.planted;

import it.scacchiera.roster.Shift;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A shift on a date, with its real interval [start, end). */
record Instance(LocalDate date, Shift shift) {
    LocalDateTime start() {
        return shift.startOn(date);
    }

    LocalDateTime end() {
        return shift.endOn(date);
    }

    boolean overlaps(Instance other) {
        return start().isBefore(other.end()) && other.start().isBefore(end());
    }
}
