package it.scacchiera.roster;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** English weekday abbreviations as written in the planning CSVs: {@code Mon} … {@code Sun}. */
final class Weekdays {
    static final String EXPECTED = "weekdays like Mon-Fri or Mon|Wed|Sat (Mon Tue Wed Thu Fri Sat Sun)";

    private Weekdays() {}

    /** One abbreviation, any case; null when it is none. */
    static DayOfWeek parseDay(String text) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (abbreviation(day).equalsIgnoreCase(text.strip())) {
                return day;
            }
        }
        return null;
    }

    /**
     * Days and forward ranges joined by '|', e.g. {@code Mon-Fri}, {@code Mon|Wed|Sat} or
     * {@code Mon-Wed|Sat}; empty means every day. Null when the text is malformed: a range that runs
     * backwards ({@code Fri-Mon}) is refused rather than guessed to wrap over the weekend.
     */
    static Set<DayOfWeek> parseSpec(String text) {
        if (text.isBlank()) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split("\\|", -1)) {
            String[] ends = item.split("-", -1);
            if (ends.length > 2) {
                return null;
            }
            DayOfWeek first = parseDay(ends[0]);
            DayOfWeek last = ends.length == 2 ? parseDay(ends[1]) : first;
            if (first == null || last == null || last.compareTo(first) < 0) {
                return null;
            }
            days.addAll(EnumSet.range(first, last));
        }
        return days;
    }

    static String abbreviation(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }
}
