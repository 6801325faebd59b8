package it.scacchiera.planning;

import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real minutes since the horizon's first midnight in the site's zone (SPEC §3): on the night the
 * clocks go forward a 22:00–06:00 shift lasts 7 hours here, and rest is counted the same way. Every
 * (day, shift) interval of the problem's shifts is computed once, so the rules read arrays.
 * Immutable, shared by all assignments of a plan and their clones.
 */
public final class Timeline {
    private final LocalDate from;
    private final ZoneId zone;
    private final ZonedDateTime origin;
    private final Map<Shift, long[][]> intervals = new HashMap<>();

    public Timeline(Horizon horizon, ZoneId zone, List<Shift> shifts) {
        this.from = horizon.from();
        this.zone = zone;
        this.origin = from.atStartOfDay(zone);
        int days = horizon.weeks() * 7;
        for (Shift shift : shifts) {
            long[][] byDay = new long[2][days];
            for (int day = 0; day < days; day++) {
                byDay[0][day] = compute(day, shift, true);
                byDay[1][day] = compute(day, shift, false);
            }
            intervals.putIfAbsent(shift, byDay);
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** The real minute {@code shift} starts on day {@code day} of the horizon. */
    public long start(int day, Shift shift) {
        return lookup(day, shift, true);
    }

    /** The real minute {@code shift} of day {@code day} ends: its start plus its real length. */
    public long end(int day, Shift shift) {
        return lookup(day, shift, false);
    }

    /** The real minute of a local date and time; a time the clocks skip counts as the instant after the gap. */
    public long minuteOf(LocalDateTime wallClock) {
        return Duration.between(origin, ZonedDateTime.of(wallClock, zone)).toMinutes();
    }

    private long lookup(int day, Shift shift, boolean start) {
        long[][] known = intervals.get(shift);
        if (known != null && day >= 0 && day < known[0].length) {
            return known[start ? 0 : 1][day];
        }
        return compute(day, shift, start);
    }

    private long compute(int day, Shift shift, boolean start) {
        LocalDate date = from.plusDays(day);
        return minuteOf(start ? shift.startOn(date) : shift.endOn(date));
    }
}
