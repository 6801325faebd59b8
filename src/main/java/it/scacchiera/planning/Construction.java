package it.scacchiera.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds a complete first plan in plain Java, feasible where the site allows, for local search to
 * improve: days and shifts first ({@link DayPlanner}), then desks ({@link SeatPlanner}), then a
 * repair for whoever is still without one ({@link SeatRepair}).
 */
final class Construction {
    private final PlanFactory factory;
    private final Duration capacityTimePerRoom;

    Construction(PlanFactory factory, Duration capacityTimePerRoom) {
        this.factory = factory;
        this.capacityTimePerRoom = capacityTimePerRoom;
    }

    Plan build(long seed) {
        return complete(factory.emptyPlan(), seed);
    }

    /** Completes a plan that may arrive partly decided (a warm start): pinned assignments are kept. */
    Plan complete(Plan plan, long seed) {
        Random random = new Random(seed);
        Map<String, List<Assignment>> byOperator = new LinkedHashMap<>();
        for (Assignment a : plan.getAssignments()) {
            byOperator
                    .computeIfAbsent(a.getOperatorId(), k -> new ArrayList<>())
                    .add(a);
        }
        List<List<Assignment>> operators = new ArrayList<>(byOperator.values());
        Collections.shuffle(operators, random);
        // The least flexible first: they have the fewest ways to cover what is needed.
        operators.sort(Comparator.comparingInt((List<Assignment> days) ->
                        days.get(0).getOperator().skills().size())
                .thenComparingInt(days -> days.get(0).getOperator().shifts().isEmpty() ? 1 : 0));
        var dayPlanner = new DayPlanner(plan.getDemands(), plan, random);
        for (List<Assignment> days : operators) {
            dayPlanner.plan(days);
        }
        new SeatPlanner(factory, capacityTimePerRoom)
                .seat(plan, factory.problem().sanitizeMinutes());
        new SeatRepair(plan, factory).repair();
        return plan;
    }
}
