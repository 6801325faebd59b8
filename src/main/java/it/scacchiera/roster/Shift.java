package it.scacchiera.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A shift of {@code shifts.csv}. On a date it occupies the half-open interval [date + start,
 * date(+1 when overnight) + end); an end at or before the start ends the next day.
 *
 * @param days the weekdays it runs; all seven when the file left them empty
 */
public record Shift(String code, String name, LocalTime start, LocalTime end, Set<DayOfWeek> days) {
    public Shift {
        days = days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public boolean overnight() {
        return !end.isAfter(start);
    }

    public boolean runsOn(LocalDate date) {
        return days.contains(date.getDayOfWeek());
    }

    public LocalDateTime startOn(LocalDate date) {
        return date.atTime(start);
    }

    public LocalDateTime endOn(LocalDate date) {
        return (overnight() ? date.plusDays(1) : date).atTime(end);
    }

    public long minutes() {
        long minutes = java.time.Duration.between(start, end).toMinutes();
        return overnight() ? minutes + 24 * 60 : minutes;
    }
}
