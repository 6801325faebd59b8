package it.scacchiera.planning;

import it.scacchiera.roster.ScheduleEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** How many operator-days differ between two schedules: a row added, removed, or with another shift, service or place. */
public final class ScheduleChanges {
    private ScheduleChanges() {}

    public static int count(List<ScheduleEntry> before, List<ScheduleEntry> after) {
        Map<String, String> was = rows(before);
        Map<String, String> now = rows(after);
        Set<String> days = new HashSet<>(was.keySet());
        days.addAll(now.keySet());
        int changed = 0;
        for (String day : days) {
            changed += Objects.equals(was.get(day), now.get(day)) ? 0 : 1;
        }
        return changed;
    }

    private static Map<String, String> rows(List<ScheduleEntry> entries) {
        Map<String, String> rows = new HashMap<>();
        for (ScheduleEntry e : entries) {
            rows.merge(
                    e.operatorId() + "\u0000" + e.date(),
                    e.shift() + "\u0000" + e.service() + "\u0000" + e.room() + "\u0000" + e.desk(),
                    (a, b) -> a + "\u0001" + b);
        }
        return rows;
    }
}
