package it.scacchiera.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

class SolverTuningTest {
    @Test
    void config_noMoveThreads_optaPlannersOwnChangeMoves() {
        SolverConfig config = SolverTuning.DEFAULT.config(Duration.ofSeconds(1), EnvironmentMode.REPRODUCIBLE);

        assertEquals(SolverConfig.MOVE_THREAD_COUNT_NONE, config.getMoveThreadCount());
        assertEquals(
                3,
                moves(config).stream()
                        .filter(ChangeMoveSelectorConfig.class::isInstance)
                        .count());
    }

    @Test
    void config_twoMoveThreads_shiftAndPlaceChangesArePlanningsOwn() {
        SolverConfig config =
                SolverTuning.DEFAULT.withMoveThreads(2).config(Duration.ofSeconds(1), EnvironmentMode.REPRODUCIBLE);

        assertEquals("2", config.getMoveThreadCount());
        List<Class<?>> factories = moves(config).stream()
                .filter(MoveIteratorFactoryConfig.class::isInstance)
                .<Class<?>>map(m -> ((MoveIteratorFactoryConfig) m).getMoveIteratorFactoryClass())
                .toList();
        assertTrue(factories.contains(ValueChanges.Shifts.class), factories.toString());
        assertTrue(factories.contains(ValueChanges.Locations.class), factories.toString());
        assertEquals(
                1,
                moves(config).stream()
                        .filter(ChangeMoveSelectorConfig.class::isInstance)
                        .count());
    }

    @Test
    void withMoveThreads_negative_refused() {
        assertThrows(IllegalArgumentException.class, () -> SolverTuning.DEFAULT.withMoveThreads(-1));
    }

    private static List<MoveSelectorConfig> moves(SolverConfig config) {
        var localSearch = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(0);
        return ((UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig()).getMoveSelectorList();
    }
}
