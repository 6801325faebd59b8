package it.scacchiera.verify;

import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A schedule entry with its operator, its shift and its real interval [start, end): the shift's
 * wall-clock times placed in the site's zone, so comparisons and durations are real elapsed time
 * across the nights the clocks change (SPEC §3).
 */
record Slot(ScheduleEntry entry, Operator operator, Shift shift, ZonedDateTime start, ZonedDateTime end) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A local time the clocks skip becomes the instant after the gap, as {@link ZonedDateTime#of} does. */
    static Slot of(ScheduleEntry entry, Operator operator, Shift shift, ZoneId zone) {
        return new Slot(
                entry,
                operator,
                shift,
                ZonedDateTime.of(shift.startOn(entry.date()), zone),
                ZonedDateTime.of(shift.endOn(entry.date()), zone));
    }

    /** Half-open intervals: 08:00–14:00 and 14:00–20:00 do not overlap. Compares instants. */
    boolean overlaps(Slot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Minutes from the end of this slot to the start of {@code later}; negative when they overlap. */
    long minutesUntil(Slot later) {
        return Duration.between(end, later.start).toMinutes();
    }

    boolean contains(ZonedDateTime moment) {
        return !moment.isBefore(start) && moment.isBefore(end);
    }

    String who() {
        return entry.operatorId() + " (" + operator.name() + ")";
    }

    String when() {
        return entry.date() + " shift " + entry.shift() + " " + start.format(WHEN) + "-" + end.format(WHEN);
    }

    String where() {
        return entry.remote() ? "remote" : "room " + entry.room() + " desk " + entry.desk();
    }

    /** Who, where and when, for a message. */
    String describe() {
        return who() + " at " + where() + " on " + when();
    }
}
