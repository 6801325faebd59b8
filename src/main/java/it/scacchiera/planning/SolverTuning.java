package it.scacchiera.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * How the solver searches: the moves that matter (days within a week, desks within a date, a
 * shift, a service, a desk), late acceptance, and the seed. Programmatic, no XML.
 *
 * @param capacityTimePerRoom time for {@code Capacity.compute} per room (seat patterns, bound)
 * @param moveThreads threads that evaluate moves beside the solver's own (OptaPlanner's multithreaded
 *     solving); 0, the default, evaluates them on the solver's thread
 */
public record SolverTuning(
        long seed,
        int lateAcceptanceSize,
        Duration capacityTimePerRoom,
        EnvironmentMode environmentMode,
        int moveThreads) {
    public static final SolverTuning DEFAULT =
            new SolverTuning(42L, 20, Duration.ofMillis(300), EnvironmentMode.REPRODUCIBLE, 0);

    public SolverTuning {
        if (moveThreads < 0) {
            throw new IllegalArgumentException("move threads must be 0 or more, not " + moveThreads);
        }
    }

    public SolverTuning withEnvironmentMode(EnvironmentMode mode) {
        return new SolverTuning(seed, lateAcceptanceSize, capacityTimePerRoom, mode, moveThreads);
    }

    public SolverTuning withMoveThreads(int threads) {
        return new SolverTuning(seed, lateAcceptanceSize, capacityTimePerRoom, environmentMode, threads);
    }

    SolverConfig config(Duration limit, EnvironmentMode mode) {
        return config(limit, mode, false);
    }

    /**
     * With {@code published}, local search also draws moves that take changes from the published plan
     * back in groups ({@link PublishedReverts}). With move threads, shift and place changes are planning's
     * own {@link ValueChanges}: a move thread cannot look a {@code Shift} up in its copy of the plan.
     */
    SolverConfig config(Duration limit, EnvironmentMode mode, boolean published) {
        List<MoveSelectorConfig> selectors = new ArrayList<>(List.of(
                new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(PairMoveFactory.DaySwaps.class)
                        .withFixedProbabilityWeight(3.0),
                new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(PairMoveFactory.LocationSwaps.class)
                        .withFixedProbabilityWeight(2.0),
                new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(PairMoveFactory.DayExchanges.class)
                        .withFixedProbabilityWeight(2.0),
                moveThreads == 0 ? change("location", 1.0) : valueChanges(ValueChanges.Locations.class, 1.0),
                moveThreads == 0 ? change("shift", 2.0) : valueChanges(ValueChanges.Shifts.class, 2.0),
                change("service", 2.0)));
        if (published) {
            selectors.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(PublishedReverts.class)
                    .withFixedProbabilityWeight(2.0));
        }
        var moves = new UnionMoveSelectorConfig().withMoveSelectors(selectors.toArray(MoveSelectorConfig[]::new));
        var localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(lateAcceptanceSize))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        return new SolverConfig()
                .withSolutionClass(Plan.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withEnvironmentMode(mode)
                .withRandomSeed(seed)
                .withMoveThreadCount(
                        moveThreads == 0 ? SolverConfig.MOVE_THREAD_COUNT_NONE : Integer.toString(moveThreads))
                .withTerminationConfig(new TerminationConfig()
                        .withMillisecondsSpentLimit(Math.max(1, limit.toMillis()))
                        .withUnimprovedMillisecondsSpentLimit(Math.max(10_000, limit.toMillis() / 4)))
                .withPhases(localSearch);
    }

    /**
     * Ends a round of local search once coverage (or a hard rule) has not improved by a whole unit for
     * {@code window}: gains in the soft rules alone do not keep it going.
     */
    static TerminationConfig coverageStalled(Duration window) {
        return new TerminationConfig()
                .withUnimprovedMillisecondsSpentLimit(Math.max(1, window.toMillis()))
                .withUnimprovedScoreDifferenceThreshold("0hard/1medium/0soft");
    }

    private static MoveIteratorFactoryConfig valueChanges(Class<? extends ValueChanges> factory, double weight) {
        return new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(factory)
                .withFixedProbabilityWeight(weight);
    }

    private static ChangeMoveSelectorConfig change(String variable, double weight) {
        return new ChangeMoveSelectorConfig()
                .withFixedProbabilityWeight(weight)
                .withEntitySelectorConfig(new EntitySelectorConfig(Assignment.class))
                .withValueSelectorConfig(
                        new ValueSelectorConfig(variable).withCacheType(SelectionCacheType.JUST_IN_TIME))
                .withCacheType(SelectionCacheType.JUST_IN_TIME);
    }
}
