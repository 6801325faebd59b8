package it.scacchiera.planning.bound;

import it.scacchiera.planning.Assignment;
import it.scacchiera.planning.PlanFactory;
import it.scacchiera.roster.Shift;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The relaxation of one week as a linear program: how many members of each {@link OperatorClass}
 * work each shift on each date (x) and how many of them the demanded services count (c), under
 * the rooms' seats and the skills; minimise the shortfall Σ required − Σ c. Every plan
 * keeping the hard rules gives a feasible point (count its operators), so the optimum is a lower
 * bound of the week's shortfall. Rules that join two weeks (rest from Sunday to Monday, a desk
 * passed on at midnight) are left out, which only weakens it.
 */
final class SeatAwareModel {
    final LinearProgram lp = new LinearProgram();
    private final List<ShiftInstance> instances = new ArrayList<>();
    private final PlanFactory factory;
    private final List<OperatorClass> classes;
    private final List<LocalDate> week;
    private final int[][] x;

    SeatAwareModel(PlanFactory factory, List<OperatorClass> classes, List<RoomSeats> rooms, int weekIndex) {
        this.factory = factory;
        this.classes = classes;
        List<LocalDate> dates = factory.problem().horizon().dates();
        this.week = dates.subList(weekIndex * 7, weekIndex * 7 + 7);
        for (int d = weekIndex * 7; d < weekIndex * 7 + 7; d++) {
            for (Shift s : factory.problem().shifts()) {
                if (s.runsOn(dates.get(d))) {
                    instances.add(ShiftInstance.of(instances.size(), d, dates.get(d), s));
                }
            }
        }
        x = new int[classes.size()][instances.size()];
        for (int k = 0; k < classes.size(); k++) {
            for (ShiftInstance i : instances) {
                int able = classes.get(k).able(factory, List.of(i));
                x[k][i.index()] = able > 0 ? lp.variable(able, 0) : -1;
            }
            staffRows(k);
        }
        SeatRows.add(lp, instances, factory.problem().sanitizeMinutes(), rooms, this::officeWorkers);
        coverage();
    }

    /** Rules 5, 6 and 7 for one class: one shift a day, 11 hours of rest, the days owed in the week. */
    private void staffRows(int k) {
        OperatorClass c = classes.get(k);
        List<ShiftInstance> worked =
                instances.stream().filter(i -> x[k][i.index()] >= 0).toList();
        for (LocalDate date : week) {
            List<ShiftInstance> day =
                    worked.stream().filter(i -> i.date().equals(date)).toList();
            if (day.size() > 1) {
                sum(k, day).addTo(lp, Double.NEGATIVE_INFINITY, c.able(factory, day));
            }
        }
        for (List<ShiftInstance> clique : Cliques.of(worked, Assignment.REST_MINUTES)) {
            if (clique.stream().map(ShiftInstance::day).distinct().count() > 1) {
                sum(k, clique).addTo(lp, Double.NEGATIVE_INFINITY, c.able(factory, clique));
            }
        }
        int owed = c.owed(factory, week);
        sum(k, worked).addTo(lp, owed, owed);
    }

    private Terms sum(int k, List<ShiftInstance> some) {
        Terms terms = new Terms();
        some.forEach(i -> terms.add(x[k][i.index()], 1));
        return terms;
    }

    /** The office-only workers of an instance: the classes without remote permission. */
    private Terms officeWorkers(ShiftInstance i) {
        Terms terms = new Terms();
        for (int k = 0; k < classes.size(); k++) {
            if (!classes.get(k).remote() && x[k][i.index()] >= 0) {
                terms.add(x[k][i.index()], 1);
            }
        }
        return terms;
    }

    /** Each worker answers at most one service among their skills; coverage counts up to required. */
    private void coverage() {
        Map<String, Map<String, Integer>> required =
                ServiceRows.required(factory.problem().demands(), week);
        required.values().forEach(services -> services.values().forEach(lp::addOffset));
        for (ShiftInstance i : instances) {
            ServiceRows.add(lp, ServiceRows.at(required, i), classes, k -> x[k][i.index()]);
        }
    }
}
