package it.scacchiera.planning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.bench.SyntheticSite;
import it.scacchiera.roster.ScheduleEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Tests that would pass if local search returned the construction unchanged prove nothing about it:
 * these check that it moved, and that what it must keep still holds after it did.
 */
class SolveImprovesTest {
    private final PlanningService service = new PlanningService();

    @Test
    void solve_smallRandomSite_localSearchBeatsTheConstruction() {
        PlanningProblem problem = ScoreCrossCheckTest.problem(new java.util.Random(1000));
        List<HardMediumSoftScore> bests = new ArrayList<>();

        SolveResult result = service.solve(problem, Duration.ofSeconds(3), plan -> bests.add(plan.getScore()));

        HardMediumSoftScore constructed = bests.get(0);
        assertTrue(result.score().compareTo(constructed) > 0, constructed + " then " + result.score());
    }

    @Test
    void solve_pinnedDayOffAndDesk_keptWhileLocalSearchMovesOthers() {
        PlanningProblem base = SyntheticSite.generate(1, 40, 1, 5L);
        List<ScheduleEntry> first = service.entries(service.construct(base));
        ScheduleEntry office =
                first.stream().filter(e -> !e.remote()).findFirst().orElseThrow();
        ScheduleEntry other = first.stream()
                .filter(e -> !e.operatorId().equals(office.operatorId()))
                .findFirst()
                .orElseThrow();
        PlanningProblem pinned = base.withPins(List.of(
                new Pin(
                        office.operatorId(),
                        office.date(),
                        office.shift(),
                        office.service(),
                        office.room(),
                        office.desk()),
                Pin.dayOff(other.operatorId(), other.date())));
        List<List<ScheduleEntry>> bests = new ArrayList<>();

        SolveResult result = service.solve(pinned, Duration.ofSeconds(3), plan -> bests.add(PlanFactory.entries(plan)));

        assertTrue(bests.size() > 1, "local search found no better plan: the pins were never put to the test");
        assertFalse(result.entries().equals(bests.get(0)), "local search changed nothing");
        assertTrue(result.entries().stream()
                .anyMatch(e -> e.operatorId().equals(office.operatorId())
                        && e.date().equals(office.date())
                        && office.desk().equals(e.desk())
                        && office.shift().equals(e.shift())));
        assertFalse(result.entries().stream()
                .anyMatch(e ->
                        e.operatorId().equals(other.operatorId()) && e.date().equals(other.date())));
    }
}
