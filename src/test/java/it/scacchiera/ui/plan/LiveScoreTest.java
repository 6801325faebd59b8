package it.scacchiera.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.planning.PlanFactory;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.site.SiteReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The incremental score of manual changes always equals the planning service's full score. */
class LiveScoreTest {
    @TempDir
    static Path dir;

    private static PlanningService planning;
    private static PlanViewModel solved;
    private static LiveScore live;

    @BeforeAll
    static void solveOnce() throws Exception {
        var site = new SiteReader().readFolder(SmallSite.write(dir));
        planning = new PlanningService();
        solved = new PlanViewModel(planning, Runnable::run, Runnable::run);
        solved.setSite(site);
        solved.weekStartProperty().set(SmallSite.MONDAY);
        solved.solve();
        live = new LiveScore();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void score_randomManualChanges_equalsFullScore(long seed) {
        var random = new Random(seed);
        var plan = new WorkingPlan(new PlanFactory(solved.problem()), solved.entries(), Set.of(), live).primed();
        var room = solved.problem().rooms().get(0);
        var operators = new ArrayList<String>();
        solved.problem().operators().forEach(o -> operators.add(o.id()));

        for (int i = 0; i < 30; i++) {
            var day = new OperatorDay(
                    operators.get(random.nextInt(operators.size())), SmallSite.MONDAY.plusDays(random.nextInt(7)));
            var desk = room.seat(random.nextInt(room.size())).id();
            plan.set(
                    day,
                    switch (random.nextInt(3)) {
                        case 0 -> Placement.OFF;
                        case 1 -> new Placement("M", "COMM", null, null);
                        default -> new Placement("M", "COMM", room.floor().id(), desk);
                    });

            assertEquals(planning.score(plan.plan()), plan.score(), "seed " + seed + ", change " + i);
        }
    }
}
