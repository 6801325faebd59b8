package it.scacchiera.planning.bound;

import it.scacchiera.roster.Shift;
import java.time.LocalDate;

/**
 * A shift on one date of the horizon, its times in minutes from the horizon's first midnight (the
 * solver's clock, which the hard score is kept on).
 */
record ShiftInstance(int index, int day, LocalDate date, Shift shift, long start, long end) {
    static final long MINUTES_PER_DAY = 24 * 60;

    static ShiftInstance of(int index, int day, LocalDate date, Shift shift) {
        long start = day * MINUTES_PER_DAY + shift.start().toSecondOfDay() / 60;
        return new ShiftInstance(index, day, date, shift, start, start + shift.minutes());
    }
}
