package it.scacchiera.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Whole weeks from a Monday: what a plan covers (SPEC §3). */
public record Horizon(LocalDate from, int weeks) {
    /** The longest plan (SPEC §5): a year of weeks, whatever the calendar. */
    public static final int MAX_WEEKS = 53;

    public Horizon {
        if (from.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a plan starts on a Monday: " + from + " is a "
                    + from.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("a plan covers 1 to " + MAX_WEEKS + " weeks, not " + weeks);
        }
    }

    public List<LocalDate> dates() {
        return Stream.iterate(from, d -> d.plusDays(1)).limit(weeks * 7L).toList();
    }

    public LocalDate end() {
        return from.plusDays(weeks * 7L);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(end());
    }

    /** Week number in the horizon from 0, for a date inside it. */
    public int weekOf(LocalDate date) {
        return (int) (java.time.temporal.ChronoUnit.DAYS.between(from, date) / 7);
    }
}
