package it.scacchiera.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Builds a complete first plan in plain Java, feasible where the site allows, for local search to
 * improve: operator by operator, office-only ones first, days and shifts where a desk is free and
 * the desk itself ({@link DayPlanner} with a {@link SeatBook}), then a repair for whoever is still
 * without one ({@link SeatRepair}).
 */
final class Construction {
    private final PlanFactory factory;
    private final Duration capacityTimePerRoom;

    Construction(PlanFactory factory, Duration capacityTimePerRoom) {
        this.factory = factory;
        this.capacityTimePerRoom = capacityTimePerRoom;
    }

    Plan build(long seed) {
        return complete(factory.emptyPlan(), seed, Cutoff.NEVER, plan -> {});
    }

    /**
     * Completes a plan that may arrive partly decided (a warm start): pinned assignments are kept. Past
     * {@code deadline} (its time share, or a Stop) each step does the quick part of its work only, so the
     * plan is complete on time though less good; {@code safe} gets the plan as soon as desks are
     * repaired, before the coverage repair: the earliest plan that keeps every hard rule the site allows; and
     * again every few seconds while a long coverage repair gains.
     */
    Plan complete(Plan plan, long seed, Cutoff deadline, Consumer<Plan> safe) {
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
        // Office-only operators first, so that nobody is planned into a window without a free desk.
        operators.sort(Comparator.comparing(
                        (List<Assignment> days) -> days.get(0).isRemoteAllowed())
                .thenComparingInt(days -> days.get(0).getOperator().skills().size())
                .thenComparingInt(days -> days.get(0).getOperator().shifts().isEmpty() ? 1 : 0));
        var seats = new SeatBook(factory, plan, capacityTimePerRoom, deadline);
        var dayPlanner = new DayPlanner(plan.getDemands(), plan, random, seats, deadline);
        for (List<Assignment> days : operators) {
            dayPlanner.plan(days);
        }
        new SeatRepair(plan, seats).repair(deadline);
        safe.accept(plan);
        new CoverageRepair(plan, seats, random).repair(deadline, () -> safe.accept(plan));
        return plan;
    }
}
