package it.scacchiera.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.planning.LivePlanScore;
import it.scacchiera.planning.PlanFactory;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.site.SiteReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The live score of manual changes: always the full score of the newest plan, and a burst of changes
 * scored while the background executor is busy costs one more scoring, with stale scores dropped.
 */
class LiveScoreTest {
    @TempDir
    static Path dir;

    private static PlanningService planning;
    private static PlanViewModel solved;

    private final List<Runnable> background = new ArrayList<>();
    private final List<Runnable> fxThread = new ArrayList<>();
    private final List<HardMediumSoftScore> shown = new ArrayList<>();

    @BeforeAll
    static void solveOnce() throws Exception {
        var site = new SiteReader().readFolder(SmallSite.write(dir));
        planning = new PlanningService();
        solved = new PlanViewModel(planning, Runnable::run, Runnable::run);
        solved.setSite(site);
        solved.settingsProperty().set(new SolveSettings(Duration.ofSeconds(2), Set.of(), 30)); // any valid plan will do
        solved.weekStartProperty().set(SmallSite.MONDAY);
        solved.solve();
    }

    private WorkingPlan working() {
        return new WorkingPlan(new PlanFactory(solved.problem()), solved.entries(), Set.of());
    }

    private OperatorDay someone(Random random) {
        var operators = new ArrayList<String>();
        solved.problem().operators().forEach(o -> operators.add(o.id()));
        return new OperatorDay(
                operators.get(random.nextInt(operators.size())), SmallSite.MONDAY.plusDays(random.nextInt(5)));
    }

    private Placement somewhere(Random random) {
        var room = solved.problem().rooms().get(0);
        var desk = room.seat(random.nextInt(room.size())).id();
        return switch (random.nextInt(3)) {
            case 0 -> Placement.OFF;
            case 1 -> new Placement("M", "COMM", null, null);
            default -> new Placement("M", "COMM", room.floor().id(), desk);
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void rescore_randomManualChanges_showsTheFullScore(long seed) {
        var random = new Random(seed);
        var plan = working();
        var live = new LiveScore(planning, Runnable::run, Runnable::run);

        for (int i = 0; i < 15; i++) {
            plan.set(someone(random), somewhere(random));
            live.rescore(plan.plan(), shown::add);

            assertEquals(planning.score(plan.plan()), shown.get(shown.size() - 1), "seed " + seed + ", change " + i);
            assertFalse(live.pending());
        }
    }

    @Test
    void rescore_burstWhileBusy_scoresTheNewestPlanOnceAndDropsTheStaleScore() {
        var random = new Random(7);
        var plan = working();
        int[] scorings = {0};
        LivePlanScore counting = copy -> {
            scorings[0]++;
            return planning.score(copy);
        };
        var live = new LiveScore(counting, background::add, fxThread::add);

        for (int i = 0; i < 10; i++) {
            plan.set(someone(random), somewhere(random));
            live.rescore(plan.plan(), shown::add);
        }
        HardMediumSoftScore newest = planning.score(PlanFactory.snapshot(plan.plan()));
        assertEquals(1, background.size(), "one drain for the whole burst");
        assertTrue(live.pending());
        background.remove(0).run();

        assertEquals(1, scorings[0]);
        fxThread.forEach(Runnable::run);
        assertEquals(List.of(newest), shown);
        assertFalse(live.pending());
    }

    @Test
    void rescore_changeWhileScoring_olderScoreNeverShown() {
        var random = new Random(11);
        var plan = working();
        var live = new LiveScore(planning, background::add, fxThread::add);
        plan.set(someone(random), Placement.OFF);
        live.rescore(plan.plan(), shown::add);
        background.remove(0).run(); // scored; its delivery waits for the FX thread

        plan.set(someone(random), somewhere(random));
        live.rescore(plan.plan(), shown::add);
        fxThread.remove(0).run(); // the first score arrives after the second change: stale

        assertTrue(shown.isEmpty());
        assertTrue(live.pending());
        background.remove(0).run();
        fxThread.remove(0).run();
        assertEquals(List.of(planning.score(PlanFactory.snapshot(plan.plan()))), shown);
    }

    @Test
    void forget_scoreOnItsWay_dropped() {
        var plan = working();
        var live = new LiveScore(planning, background::add, fxThread::add);
        live.rescore(plan.plan(), shown::add);
        background.remove(0).run();

        live.forget();
        fxThread.forEach(Runnable::run);

        assertTrue(shown.isEmpty());
        assertFalse(live.pending());
    }
}
