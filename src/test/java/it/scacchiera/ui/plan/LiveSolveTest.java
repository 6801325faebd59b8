package it.scacchiera.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.planning.Pin;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.site.Site;
import it.scacchiera.site.SiteReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** The live solve: Stop before the background thread starts, and warm start from the plan on screen. */
class LiveSolveTest {
    @TempDir
    Path dir;

    private final PlanningService planning = new PlanningService();
    private final List<Runnable> waiting = new ArrayList<>();
    private final List<Shown> shown = new ArrayList<>();
    private PlanningProblem problem;

    private record Shown(WorkingPlan plan, HardMediumSoftScore score, boolean last, boolean kept) {}

    @BeforeEach
    void readSite() throws Exception {
        Site site = new SiteReader().readFolder(SmallSite.write(dir));
        var week = new Horizon(SmallSite.MONDAY, 1);
        problem = PlanningProblem.of(
                site.rooms(), site.shifts(), site.operators(), site.demand().resolve(week, site.shiftsByCode()), week);
    }

    @Test
    void start_stopPressedBeforeTheThreadRuns_lastPlanShownAtOnceAndComplete() {
        var live = new LiveSolve(planning, waiting::add, Runnable::run);
        live.start(problem, List.of(), Duration.ofMinutes(10), Set.of(), this::show, failure -> {
            throw failure;
        });

        planning.cancel();
        waiting.forEach(Runnable::run);

        assertTrue(shown.size() <= 2, "the first plan, then the last: no local search ran");
        Shown last = shown.get(shown.size() - 1);
        assertTrue(last.last());
        assertEquals(20, last.plan().entries().size()); // 4 operators × 5 days
    }

    @Test
    void start_fromThePlanOnScreen_neverShowsAWorsePlan() {
        var live = new LiveSolve(planning, Runnable::run, Runnable::run);
        live.start(problem, List.of(), Duration.ofSeconds(2), Set.of(), this::show, failure -> {
            throw failure;
        });
        Shown first = shown.get(shown.size() - 1);
        List<ScheduleEntry> onScreen = first.plan().entries();
        shown.clear();

        live.start(problem, onScreen, Duration.ofSeconds(2), Set.of(), this::show, failure -> {
            throw failure;
        });

        assertTrue(shown.stream().allMatch(s -> s.score().compareTo(first.score()) >= 0), shown.toString());
        Shown last = shown.get(shown.size() - 1);
        assertTrue(last.last());
        assertFalse(last.kept());
        assertEquals(onScreen, last.plan().entries());
    }

    @Test
    void pin_madeBeforeTheThreadRuns_reachesTheSolveAndItsLastPlan() {
        var live = new LiveSolve(planning, waiting::add, Runnable::run);
        live.start(problem, List.of(), Duration.ofSeconds(2), Set.of(), this::show, failure -> {
            throw failure;
        });

        boolean taken = live.pin(Pin.dayOff("OP1", SmallSite.MONDAY));
        waiting.forEach(Runnable::run);

        assertTrue(taken);
        List<ScheduleEntry> last = shown.get(shown.size() - 1).plan().entries();
        assertFalse(last.stream()
                .anyMatch(e -> e.operatorId().equals("OP1") && e.date().equals(SmallSite.MONDAY)));
    }

    private void show(WorkingPlan plan, HardMediumSoftScore score, boolean last, boolean kept) {
        shown.add(new Shown(plan, score, last, kept));
    }
}
