package it.scacchiera.planning;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The least shortfall of any plan keeping the hard rules, by trying every plan of a tiny one-week
 * site: each operator's days and shifts (rules 5–7), desks for those who may not work remotely
 * (rules 1–4 and 8, by backtracking), then the best services (by trying them all). Written from
 * SPEC §3 alone, on the solver's clock, as the reference for the bound.
 */
final class BruteForceCoverage {
    private record Work(int operator, int day, Shift shift, long start, long end) {}

    private final PlanFactory factory;
    private final PlanningProblem problem;
    private final List<LocalDate> dates;
    private final List<List<List<Work>>> patterns = new ArrayList<>();
    private int best = Integer.MAX_VALUE;

    BruteForceCoverage(PlanFactory factory) {
        this.factory = factory;
        this.problem = factory.problem();
        this.dates = problem.horizon().dates();
    }

    /** The optimum, or −1 when no plan keeps the hard rules. */
    int optimum() {
        for (int o = 0; o < problem.operators().size(); o++) {
            List<List<Work>> mine = new ArrayList<>();
            weeks(o, 0, new ArrayList<>(), mine);
            patterns.add(mine);
        }
        combine(0, new ArrayList<>());
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    private void weeks(int o, int day, List<Work> chosen, List<List<Work>> out) {
        Operator operator = problem.operators().get(o);
        if (day == dates.size()) {
            if (chosen.size() == factory.target(operator, dates)) {
                out.add(List.copyOf(chosen));
            }
            return;
        }
        weeks(o, day + 1, chosen, out);
        for (Shift s : factory.workable(operator, dates.get(day))) {
            long start = day * 1440L + s.start().toSecondOfDay() / 60;
            Work w = new Work(o, day, s, start, start + s.minutes());
            boolean rested = chosen.stream().allMatch(b -> b.end() + 660 <= w.start() || w.end() + 660 <= b.start());
            if (rested) {
                chosen.add(w);
                weeks(o, day + 1, chosen, out);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    private void combine(int o, List<Work> all) {
        if (o == patterns.size()) {
            List<Work> office = all.stream()
                    .filter(w -> !problem.remoteAllowed(problem.operators().get(w.operator())))
                    .toList();
            if (seat(office, 0, new int[office.size()][])) {
                best = Math.min(best, shortfall(all, 0, new HashMap<>()));
            }
            return;
        }
        for (List<Work> pattern : patterns.get(o)) {
            List<Work> next = new ArrayList<>(all);
            next.addAll(pattern);
            combine(o + 1, next);
        }
    }

    /** Desks for office[n..], desk[i] = {room, seat} of office[i]; true when all are seated. */
    private boolean seat(List<Work> office, int n, int[][] desk) {
        if (n == office.size()) {
            return occupancyKept(office, desk);
        }
        Work w = office.get(n);
        for (int r = 0; r < problem.rooms().size(); r++) {
            ConflictGraph room = problem.rooms().get(r);
            for (int seat = 0; seat < room.size(); seat++) {
                if (room.usable(seat) && fits(office, desk, n, r, seat)) {
                    desk[n] = new int[] {r, seat};
                    if (seat(office, n + 1, desk)) {
                        return true;
                    }
                }
            }
        }
        desk[n] = null;
        return false;
    }

    private boolean fits(List<Work> office, int[][] desk, int n, int room, int seat) {
        Work w = office.get(n);
        ConflictGraph graph = problem.rooms().get(room);
        for (int i = 0; i < n; i++) {
            Work v = office.get(i);
            if (desk[i][0] != room) {
                continue;
            }
            boolean overlap = v.start() < w.end() && w.start() < v.end();
            if (overlap && (desk[i][1] == seat || graph.conflicts(desk[i][1], seat))) {
                return false;
            }
            int gap = problem.sanitizeMinutes();
            if (desk[i][1] == seat && !overlap && v.end() + gap > w.start() && w.end() + gap > v.start()) {
                return false;
            }
        }
        return true;
    }

    private boolean occupancyKept(List<Work> office, int[][] desk) {
        for (int r = 0; r < problem.rooms().size(); r++) {
            var floor = problem.rooms().get(r).floor();
            if (!floor.hasOccupancyLimit()) {
                continue;
            }
            for (Work at : office) {
                int present = problem.rooms().get(r).fixedPostCount();
                for (int i = 0; i < office.size(); i++) {
                    Work v = office.get(i);
                    present += desk[i][0] == r && v.start() <= at.start() && at.start() < v.end() ? 1 : 0;
                }
                if (present > floor.maxOccupancy()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The least shortfall with services chosen for work[n..], staffed counting those before. */
    private int shortfall(List<Work> work, int n, Map<String, Integer> staffed) {
        if (n == work.size()) {
            int missing = 0;
            for (Demand d : problem.demands()) {
                String key = d.date() + " " + d.shift() + " " + d.service();
                missing += Math.max(0, d.required() - staffed.getOrDefault(key, 0));
            }
            return missing;
        }
        Work w = work.get(n);
        List<String> skills = problem.operators().get(w.operator()).skills();
        int least = Integer.MAX_VALUE;
        for (String service : skills.isEmpty() ? List.of("") : skills) {
            String key = dates.get(w.day()) + " " + w.shift().code() + " " + service;
            staffed.merge(key, 1, Integer::sum);
            least = Math.min(least, shortfall(work, n + 1, staffed));
            staffed.merge(key, -1, Integer::sum);
        }
        return least;
    }
}
