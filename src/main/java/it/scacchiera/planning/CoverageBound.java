package it.scacchiera.planning;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A coverage shortfall no plan can avoid, so that {@code solve} can say when coverage is optimal.
 * The largest of three valid bounds: per demand, operators who could take it at all; per date and
 * shift, who could come at all, office seats limited by the rooms' capacities; per week, the days
 * operators owe in total.
 */
final class CoverageBound {
    private CoverageBound() {}

    static int of(PlanFactory factory, Duration capacityTimePerRoom) {
        PlanningProblem p = factory.problem();
        long seats = 0;
        for (ConflictGraph graph : p.rooms()) {
            seats += factory.capacity(graph, capacityTimePerRoom).upperBound();
        }
        Map<String, List<Demand>> byShift = new HashMap<>();
        for (Demand d : p.demands()) {
            if (p.horizon().contains(d.date()) && d.required() > 0) {
                byShift.computeIfAbsent(d.date() + " " + d.shift(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        long perShift = 0;
        long perDemand = 0;
        for (List<Demand> demands : byShift.values()) {
            LocalDate date = demands.get(0).date();
            Shift shift = factory.shift(demands.get(0).shift());
            Set<Operator> able = new HashSet<>();
            long shortOfSkill = 0;
            long required = 0;
            for (Demand d : demands) {
                required += d.required();
                long skilled = 0;
                for (Operator o : p.operators()) {
                    if (shift != null
                            && o.hasSkill(d.service())
                            && factory.workable(o, date).contains(shift)) {
                        skilled++;
                        able.add(o);
                    }
                }
                shortOfSkill += Math.max(0, d.required() - skilled);
            }
            long remote = able.stream().filter(p::remoteAllowed).count();
            long supply = remote + Math.min(able.size() - remote, seats);
            perDemand += shortOfSkill;
            perShift += Math.max(shortOfSkill, required - supply);
        }
        long perWeek = 0;
        List<LocalDate> dates = p.horizon().dates();
        for (int w = 0; w < p.horizon().weeks(); w++) {
            List<LocalDate> week = dates.subList(w * 7, w * 7 + 7);
            long required = p.demands().stream()
                    .filter(d -> week.contains(d.date()))
                    .mapToLong(Demand::required)
                    .sum();
            long owed = p.operators().stream()
                    .mapToLong(o -> factory.target(o, week))
                    .sum();
            perWeek += Math.max(0, required - owed);
        }
        return (int) Math.max(perWeek, Math.max(perShift, perDemand));
    }
}
