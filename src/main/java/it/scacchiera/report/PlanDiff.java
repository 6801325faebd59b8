package it.scacchiera.report;

import it.scacchiera.roster.Demand;
import it.scacchiera.roster.ScheduleEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a re-plan changes: every operator-date whose shift, service or place differs between two
 * schedules, and every slot (date × shift × service) whose shortfall against demand changed or is
 * still short afterwards. A planner reads it before publishing the new plan.
 *
 * @param moves sorted by date, then operator id
 * @param slots sorted by date, shift, service
 */
public record PlanDiff(List<Move> moves, List<SlotShort> slots) {
    /** An operator's day before and after; null means off that day. */
    public record Move(
            String operatorId, String operatorName, LocalDate date, ScheduleEntry before, ScheduleEntry after) {}

    /** A slot's shortfall (required minus planned, never negative) before and after. */
    public record SlotShort(
            LocalDate date, String shift, String service, int required, int shortBefore, int shortAfter) {}

    public PlanDiff {
        moves = List.copyOf(moves);
        slots = List.copyOf(slots);
    }

    public static PlanDiff of(List<ScheduleEntry> before, List<ScheduleEntry> after, List<Demand> demands) {
        return new PlanDiff(moves(before, after), slots(before, after, demands));
    }

    public boolean isEmpty() {
        return moves.isEmpty() && slots.isEmpty();
    }

    private static List<Move> moves(List<ScheduleEntry> before, List<ScheduleEntry> after) {
        Map<String, ScheduleEntry> was = byOperatorDay(before);
        Map<String, ScheduleEntry> now = byOperatorDay(after);
        var keys = new TreeSet<String>(was.keySet());
        keys.addAll(now.keySet());
        var moves = new ArrayList<Move>();
        for (String key : keys) {
            ScheduleEntry a = was.get(key);
            ScheduleEntry b = now.get(key);
            if (!samePlace(a, b)) {
                ScheduleEntry any = b != null ? b : a;
                moves.add(new Move(any.operatorId(), any.operatorName(), any.date(), a, b));
            }
        }
        moves.sort(Comparator.comparing(Move::date).thenComparing(Move::operatorId));
        return moves;
    }

    private static Map<String, ScheduleEntry> byOperatorDay(List<ScheduleEntry> rows) {
        var map = new HashMap<String, ScheduleEntry>();
        rows.forEach(e -> map.putIfAbsent(e.operatorId() + "\u0000" + e.date(), e));
        return map;
    }

    private static boolean samePlace(ScheduleEntry a, ScheduleEntry b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.shift().equals(b.shift())
                && Objects.equals(a.service(), b.service())
                && Objects.equals(a.room(), b.room())
                && Objects.equals(a.desk(), b.desk());
    }

    private static List<SlotShort> slots(List<ScheduleEntry> before, List<ScheduleEntry> after, List<Demand> demands) {
        Map<String, Integer> was = planned(before);
        Map<String, Integer> now = planned(after);
        var slots = new ArrayList<SlotShort>();
        for (Demand d : demands) {
            String key = key(d.date(), d.shift(), d.service());
            int shortBefore = Math.max(0, d.required() - was.getOrDefault(key, 0));
            int shortAfter = Math.max(0, d.required() - now.getOrDefault(key, 0));
            if (shortBefore != shortAfter || shortAfter > 0) {
                slots.add(new SlotShort(d.date(), d.shift(), d.service(), d.required(), shortBefore, shortAfter));
            }
        }
        slots.sort(Comparator.comparing(SlotShort::date)
                .thenComparing(SlotShort::shift)
                .thenComparing(SlotShort::service));
        return slots;
    }

    private static Map<String, Integer> planned(List<ScheduleEntry> rows) {
        var counts = new HashMap<String, Integer>();
        rows.forEach(e -> counts.merge(key(e.date(), e.shift(), e.service()), 1, Integer::sum));
        return counts;
    }

    private static String key(LocalDate date, String shift, String service) {
        return date + "\u0000" + shift + "\u0000" + service;
    }
}
