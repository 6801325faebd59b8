package it.scacchiera.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

class WeekReplanTest {
    private final PlanningService service = new PlanningService();

    /**
     * On a hurried first plan that leaves demand short, weeks planned again keep every hard rule (rest,
     * days of the week, desks), and the units the replan says it gained are the ones the score gained.
     */
    @Test
    void improve_hurriedPlan_gainsWhatTheScoreGainsHardKept() {
        Fixture f = hurried(3);
        HardMediumSoftScore before = service.score(f.plan);

        int gained = f.replan(11L).improve(Cutoff.NEVER, 400);

        HardMediumSoftScore after = service.score(f.plan);
        assertEquals(0, after.hardScore(), before + " → " + after);
        assertEquals(before.mediumScore() + gained, after.mediumScore(), before + " → " + after);
        assertTrue(gained > 0, "weeks planned again fill some of what the hurried plan left short");
    }

    @Test
    void improve_pinnedWeek_leftAsItIs() {
        Fixture f = hurried(4);
        String pinnedOperator = f.plan.getAssignments().get(0).getOperatorId();
        List<Assignment> pinned = f.plan.getAssignments().stream()
                .filter(a -> a.getOperatorId().equals(pinnedOperator))
                .toList();
        pinned.get(0).setPinned(true);
        List<String> was = pinned.stream().map(Assignment::toString).toList();

        f.replan(5L).improve(Cutoff.NEVER, 400);

        assertEquals(was, pinned.stream().map(Assignment::toString).toList());
        assertEquals(0, service.score(f.plan).hardScore());
    }

    private record Fixture(PlanFactory factory, Plan plan) {
        WeekReplan replan(long seed) {
            var seats = new SeatBook(factory, plan, Duration.ofMillis(300), Cutoff.NEVER);
            plan.getAssignments().stream()
                    .filter(a -> a.isOffice() && !a.isPinned())
                    .forEach(seats::keep);
            return new WeekReplan(plan, seats, new Random(seed));
        }
    }

    /** Construction's quick steps only, no coverage repair: a plan at hard 0 with demand left short. */
    private Fixture hurried(long seed) {
        PlantedSite.Planted site = PlantedSite.small(seed);
        var factory = new PlanFactory(site.problem());
        Plan plan = new Construction(factory, Duration.ofMillis(300))
                .complete(factory.emptyPlan(), 42L, new Cutoff(0, () -> false), safe -> {});
        HardMediumSoftScore score = service.score(plan);
        assertEquals(0, score.hardScore(), "the hurried plan keeps the hard rules: " + score);
        assertTrue(score.mediumScore() < 0, "the hurried plan leaves demand short: " + score);
        return new Fixture(factory, plan);
    }
}
