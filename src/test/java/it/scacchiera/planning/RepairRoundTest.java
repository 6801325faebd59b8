package it.scacchiera.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

class RepairRoundTest {
    private final PlanningService service = new PlanningService();

    /**
     * A first plan built in a hurry (construction's quick steps only, no coverage repair) on a planted
     * site whose hidden plan leaves nothing short: the round fills short demands, keeps every hard rule,
     * and tells the solver of every change (FULL_ASSERT checks the score from scratch after the phase).
     */
    @Test
    void round_hurriedFirstPlan_fewerShortHardKeptScoreUncorrupted() {
        PlantedSite.Planted site = PlantedSite.small(3);
        var factory = new PlanFactory(site.problem());
        Plan plan = new Construction(factory, Duration.ofMillis(300))
                .complete(factory.emptyPlan(), 42L, new Cutoff(0, () -> false), safe -> {});
        HardMediumSoftScore before = service.score(plan);
        assertEquals(0, before.hardScore(), "the hurried plan keeps the hard rules: " + before);
        assertTrue(before.mediumScore() < 0, "the hurried plan leaves demand short: " + before);

        Plan repaired = solveWith(plan, round(factory, 3));

        HardMediumSoftScore after = service.score(PlanFactory.snapshot(repaired));
        assertEquals(repaired.getScore(), after);
        assertEquals(0, after.hardScore());
        assertTrue(after.mediumScore() > before.mediumScore(), before + " → " + after);
    }

    @Test
    void round_nothingShort_planUnchanged() {
        PlantedSite.Planted site = PlantedSite.small(3);
        var factory = new PlanFactory(site.problem());
        Plan hidden = factory.planOf(site.hidden());
        HardMediumSoftScore before = service.score(hidden);
        assertEquals(HardMediumSoftScore.ofHard(0).mediumScore(), before.mediumScore());

        Plan after = solveWith(PlanFactory.snapshot(hidden), round(factory, 5));

        assertEquals(PlanFactory.entries(hidden), PlanFactory.entries(after));
    }

    @Test
    void round_officeOnlyOperatorLeftAtHome_seatedAgainHardKept() {
        PlantedSite.Planted site = PlantedSite.small(3);
        var factory = new PlanFactory(site.problem());
        Plan plan = factory.planOf(site.hidden());
        Assignment home = plan.getAssignments().stream()
                .filter(a -> a.isOffice() && !a.isRemoteAllowed())
                .findFirst()
                .orElseThrow();
        home.setLocation(Location.REMOTE);
        assertEquals(-1, service.score(plan).hardScore(), "one operator without remote permission at home");

        Plan repaired = solveWith(plan, round(factory, 3));

        HardMediumSoftScore after = service.score(PlanFactory.snapshot(repaired));
        assertEquals(repaired.getScore(), after);
        assertEquals(0, after.hardScore(), after.toString());
    }

    @Test
    void window_aTwentiethOfTheTimeLeft_between2And10Seconds() {
        assertEquals(Duration.ofSeconds(2), RepairRound.window(Duration.ofSeconds(10)));
        assertEquals(Duration.ofSeconds(3), RepairRound.window(Duration.ofSeconds(60)));
        assertEquals(Duration.ofSeconds(10), RepairRound.window(Duration.ofMinutes(10)));
    }

    private RepairRound round(PlanFactory factory, int depth) {
        return new RepairRound(
                factory,
                Duration.ofMillis(300),
                service::score,
                service.begin(Duration.ofMinutes(1)),
                Duration.ofSeconds(20),
                depth,
                7L);
    }

    private static Plan solveWith(Plan plan, RepairRound round) {
        SolverConfig config = SolverTuning.DEFAULT.config(Duration.ofMinutes(1), EnvironmentMode.FULL_ASSERT);
        config.setPhaseConfigList(List.of(new CustomPhaseConfig().withCustomPhaseCommands(round)));
        return SolverFactory.<Plan>create(config).buildSolver().solve(plan);
    }
}
