package it.scacchiera.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.bench.planted.PlantedGenerator;
import it.scacchiera.bench.planted.PlantedProblem;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.config.solver.EnvironmentMode;

/** Crowded planted sites, where a hidden plan proves every hard rule and full coverage possible. */
class PlantedConstructionTest {
    private final PlanningService service = new PlanningService();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void build_crowdedOverlappingShifts_firstPlanKeepsEveryHardRule(long seed) {
        PlantedSite.Planted site = PlantedSite.small(seed);
        assertEquals(0, service.score(site.problem(), site.hidden()).hardScore(), "hidden plan, seed " + seed);

        Plan plan = new Construction(new PlanFactory(site.problem()), Duration.ofMillis(100)).build(seed);

        assertEquals(
                0,
                service.score(plan).hardScore(),
                "seed " + seed + " " + service.explain(plan).constraints());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void build_nightsAndBackToBackUnderAnHourGap_firstPlanKeepsEveryHardRule(long seed) {
        PlantedSite.Planted site = PlantedSite.night(seed);

        Plan plan = new Construction(new PlanFactory(site.problem()), Duration.ofMillis(100)).build(seed);

        assertEquals(
                0,
                service.score(plan).hardScore(),
                "seed " + seed + " " + service.explain(plan).constraints());
    }

    @Test
    void build_backToBackShiftsEachNearCapacity_firstPlanKeepsEveryHardRule() {
        // Planted R seed 10: one 1.8 m room seating 32, shifts 06-14, 14-22, 22-06 with a 15-minute gap, each
        // holding 29-30 at desks in the hidden plan; back-to-back shifts must alternate between two patterns.
        PlanningProblem problem = PlantedProblem.of(new PlantedGenerator().generate("R", 10));

        for (long seed = 0; seed < 4; seed++) {
            Plan plan = new Construction(new PlanFactory(problem), Duration.ofSeconds(1)).build(seed);

            assertEquals(
                    0,
                    service.score(plan).hardScore(),
                    "seed " + seed + " " + service.explain(plan).constraints());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void build_sameSeed_samePlan(long seed) {
        PlantedSite.Planted site = PlantedSite.small(seed);

        Plan first = new Construction(new PlanFactory(site.problem()), Duration.ofMillis(100)).build(seed);
        Plan second = new Construction(new PlanFactory(site.problem()), Duration.ofMillis(100)).build(seed);

        assertEquals(PlanFactory.entries(first), PlanFactory.entries(second), "seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1})
    void solve_plantedSiteUnderFullAssert_staysFeasible(long seed) {
        PlantedSite.Planted site = PlantedSite.small(seed);
        var asserting = new PlanningService(SolverTuning.DEFAULT.withEnvironmentMode(EnvironmentMode.FULL_ASSERT));

        SolveResult result = asserting.solve(site.problem(), Duration.ofSeconds(3), plan -> {});

        assertEquals(0, result.score().hardScore(), "seed " + seed);
    }
}
