package it.scacchiera.planning;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * rules.md counted the slow, obvious way: every pair with every pair, on instants of the problem's
 * zone. It shares no helper with the code it checks: rule 4's authorisation and rule 7's target are
 * spelled out again here.
 */
final class NaiveRules {
    private NaiveRules() {}

    static long[] count(PlanningProblem p, List<ScheduleEntry> entries) {
        Map<String, Shift> shifts = p.shifts().stream().collect(Collectors.toMap(Shift::code, Function.identity()));
        Map<String, Operator> ops = p.operators().stream().collect(Collectors.toMap(Operator::id, Function.identity()));
        Map<String, ConflictGraph> rooms =
                p.rooms().stream().collect(Collectors.toMap(g -> g.floor().id(), Function.identity()));
        int n = entries.size();
        Instant[] start = new Instant[n];
        Instant[] end = new Instant[n];
        for (int i = 0; i < n; i++) {
            Shift s = shifts.get(entries.get(i).shift());
            LocalDate date = entries.get(i).date();
            start[i] = date.atTime(s.start()).atZone(p.zone()).toInstant();
            LocalDate endDate = s.end().isAfter(s.start()) ? date : date.plusDays(1);
            end[i] = endDate.atTime(s.end()).atZone(p.zone()).toInstant();
        }
        long hard = 0;
        for (int i = 0; i < n; i++) {
            ScheduleEntry e = entries.get(i);
            Operator o = ops.get(e.operatorId());
            Shift s = shifts.get(e.shift());
            if (!e.remote()) {
                ConflictGraph g = rooms.get(e.room());
                boolean isD = g != null && g.floor().kind(e.desk()) == CellKind.DESK;
                hard += isD ? 0 : 1;
                if (isD) {
                    int seat = g.indexOf(e.desk());
                    for (int m : g.neighbours(seat)) {
                        hard += g.seat(m).isFixedPost() ? 1 : 0;
                    }
                }
            } else if (!o.remote()
                    || !(o.employer().equalsIgnoreCase("in-house")
                            || p.remoteEmployers().contains(o.employer()))) {
                hard++;
            }
            hard += o.mayWork(s) ? 0 : 1;
            hard += o.hasSkill(e.service()) ? 0 : 1;
            hard += o.availableOn(e.date()) ? 0 : 1;
            hard += s.runsOn(e.date()) ? 0 : 1;
            for (int j = i + 1; j < n; j++) {
                ScheduleEntry f = entries.get(j);
                boolean overlap = start[i].isBefore(end[j]) && start[j].isBefore(end[i]);
                boolean sameRoom = !e.remote() && !f.remote() && e.room().equals(f.room());
                if (sameRoom
                        && overlap
                        && rooms.containsKey(e.room())
                        && rooms.get(e.room()).conflicts(e.desk(), f.desk())) {
                    hard++;
                }
                boolean sameDesk = sameRoom && e.desk().equals(f.desk());
                if (sameDesk && overlap) {
                    hard++;
                }
                if (sameDesk && !overlap && !e.operatorId().equals(f.operatorId())) {
                    long gap = start[i].isBefore(start[j])
                            ? Duration.between(end[i], start[j]).toMinutes()
                            : Duration.between(end[j], start[i]).toMinutes();
                    hard += gap < p.sanitizeMinutes() ? 1 : 0;
                }
                if (e.operatorId().equals(f.operatorId())) {
                    long rest = overlap
                            ? -1
                            : start[i].isBefore(start[j])
                                    ? Duration.between(end[i], start[j]).toMinutes()
                                    : Duration.between(end[j], start[i]).toMinutes();
                    hard += rest < 660 ? 1 : 0;
                    hard += e.date().equals(f.date()) ? 1 : 0; // pairs on one date: count-1 only for 2
                }
            }
        }
        hard -= sameDateExcess(entries); // pairs C(k,2) → k-1
        List<LocalDate> dates = p.horizon().dates();
        for (Operator o : p.operators()) {
            for (int w = 0; w < p.horizon().weeks(); w++) {
                List<LocalDate> week = dates.subList(w * 7, w * 7 + 7);
                long worked = entries.stream()
                        .filter(e -> e.operatorId().equals(o.id()) && week.contains(e.date()))
                        .count();
                long available = week.stream()
                        .filter(d -> !o.unavailable().contains(d)
                                && p.shifts().stream()
                                        .anyMatch(s -> (o.shifts().isEmpty()
                                                        || o.shifts().contains(s.code()))
                                                && s.days().contains(d.getDayOfWeek())))
                        .count();
                hard += Math.abs(worked - Math.min(o.daysPerWeek(), available));
            }
        }
        TreeSet<Instant> moments = new TreeSet<>();
        for (LocalDate d : dates) {
            for (Shift s : p.shifts()) {
                if (s.days().contains(d.getDayOfWeek())) {
                    moments.add(d.atTime(s.start()).atZone(p.zone()).toInstant());
                }
            }
        }
        for (ConflictGraph g : p.rooms()) {
            if (!g.floor().hasOccupancyLimit()) {
                continue;
            }
            int allowed = Math.max(0, g.floor().maxOccupancy() - g.fixedPostCount());
            for (Instant t : moments) {
                long in = 0;
                for (int i = 0; i < n; i++) {
                    ScheduleEntry e = entries.get(i);
                    if (!e.remote() && e.room().equals(g.floor().id()) && !t.isBefore(start[i]) && t.isBefore(end[i])) {
                        in++;
                    }
                }
                hard += Math.max(0, in - allowed);
            }
        }
        long medium = 0;
        for (Demand d : p.demands()) {
            long staffed = entries.stream()
                    .filter(e -> e.date().equals(d.date())
                            && e.shift().equals(d.shift())
                            && e.service().equals(d.service()))
                    .count();
            medium += Math.max(0, d.required() - staffed);
        }
        return new long[] {hard, medium};
    }

    /** C(k,2) − (k − 1) for each operator and date with k entries. */
    private static long sameDateExcess(List<ScheduleEntry> entries) {
        Map<String, Long> perDay = entries.stream()
                .collect(Collectors.groupingBy(e -> e.operatorId() + " " + e.date(), Collectors.counting()));
        return perDay.values().stream()
                .mapToLong(k -> k * (k - 1) / 2 - (k - 1))
                .sum();
    }
}
