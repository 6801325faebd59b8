package it.scacchiera.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.bench.SyntheticSite;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

class SnapshotAndResultTest {
    private final PlanningService service = new PlanningService();

    @Test
    void snapshot_changedCopy_originalUntouched() {
        Plan plan = service.construct(SyntheticSite.generate(1, 20, 1, 2L));
        List<String> before =
                service.entries(plan).stream().map(Object::toString).toList();

        Plan copy = PlanFactory.snapshot(plan);
        copy.getAssignments().forEach(a -> a.setShift(null));

        assertEquals(
                before, service.entries(plan).stream().map(Object::toString).toList());
        assertNotSame(plan.getAssignments().get(0), copy.getAssignments().get(0));
        assertEquals(plan.getScore(), copy.getScore());
    }

    @Test
    void solveResult_hardBroken_notFeasible() {
        var result = new SolveResult(null, HardMediumSoftScore.of(-1, -3, 0), List.of(), 3, Duration.ZERO);

        assertFalse(result.feasible());
        assertTrue(result.coverageOptimal());
    }

    @Test
    void solveResult_shortfallAboveBound_notOptimal() {
        var result = new SolveResult(null, HardMediumSoftScore.of(0, -4, -10), List.of(), 3, Duration.ZERO);

        assertTrue(result.feasible());
        assertFalse(result.coverageOptimal());
    }
}
