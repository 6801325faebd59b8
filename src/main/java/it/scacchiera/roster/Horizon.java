package it.scacchiera.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Whole weeks from a Monday: what a plan covers (SPEC §3). */
public record Horizon(LocalDate from, int weeks) {
    public Horizon {
        if (from.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a plan starts on a Monday: " + from);
        }
        if (weeks < 1) {
            throw new IllegalArgumentException("at least one week");
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
