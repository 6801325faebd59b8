package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.ONE_WEEK;
import static it.scacchiera.planning.TestSite.demand;
import static it.scacchiera.planning.TestSite.operator;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoverageBoundTest {
    private static final Duration CAPACITY_TIME = Duration.ofMillis(100);

    @Test
    void of_moreRequiredThanSkilledOperators_theDifference() {
        var problem = PlanningProblem.of(
                List.of(room("r", -1, "D.D.D")),
                List.of(shift("M", "08:00", "14:00")),
                List.of(operator("a", "in-house", true, "S1"), operator("b", "in-house", true, "S2")),
                List.of(demand(0, "M", "S1", 3), demand(0, "M", "S2", 1)),
                ONE_WEEK);

        assertEquals(2, CoverageBound.of(new PlanFactory(problem), CAPACITY_TIME));
    }

    @Test
    void of_officeWorkersBeyondTheSeats_theSeatsLimit() {
        var operators = List.of(
                operator("a", 7, Set.of(), Set.of(), "S1"),
                operator("b", 7, Set.of(), Set.of(), "S1"),
                operator("c", 7, Set.of(), Set.of(), "S1"));
        var problem = PlanningProblem.of(
                List.of(room("r", -1, "D.D")),
                List.of(shift("M", "08:00", "14:00")),
                operators,
                List.of(demand(0, "M", "S1", 3)),
                ONE_WEEK);

        assertEquals(1, CoverageBound.of(new PlanFactory(problem), CAPACITY_TIME));
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void of_randomSite_neverAboveTheSolvedShortfall(long seed) {
        PlanningProblem problem = ScoreCrossCheckTest.problem(new java.util.Random(seed));

        SolveResult result = new PlanningService().solve(problem, Duration.ofSeconds(1), plan -> {});

        assertTrue(result.coverageLowerBound() <= -result.score().mediumScore(), "seed " + seed);
    }
}
