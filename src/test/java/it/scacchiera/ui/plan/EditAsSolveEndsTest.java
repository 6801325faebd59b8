package it.scacchiera.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.site.SiteReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit made while the solve's last plans wait on the FX thread: the status bar's score must be the
 * score of the plan on screen, as the why panel (a full scoring of a copy) reports it.
 */
class EditAsSolveEndsTest {
    @TempDir
    Path dir;

    private final PlanningService planning = new PlanningService();
    private final ArrayDeque<Runnable> fxQueue = new ArrayDeque<>();
    private PlanViewModel model;

    @BeforeEach
    void solveOnce() throws Exception {
        var site = new SiteReader().readFolder(SmallSite.write(dir));
        model = new PlanViewModel(planning, Runnable::run, fxQueue::add);
        model.setSite(site);
        model.settingsProperty().set(new SolveSettings(Duration.ofSeconds(2), Set.of(), 30));
        model.weekStartProperty().set(SmallSite.MONDAY);
        model.roomProperty().set(site.rooms().get(0));
        model.solve();
        runFx(fxQueue.size());
    }

    private void runFx(int count) {
        for (int i = 0; i < count && !fxQueue.isEmpty(); i++) {
            fxQueue.poll().run();
        }
    }

    /** Moves a seated operator next to another: the hard score changes. */
    private DeskId[] edit() {
        Map<DeskId, String> seated = model.shownProperty().get().operators();
        DeskId[] move =
                PlanViewModelTest.freeDeskNextToOther(model.roomProperty().get(), seated);
        assertTrue(model.moveToDesk(seated.get(move[0]), move[1]));
        return move;
    }

    /** The live score is computed in the background and shown on the FX thread: both run first. */
    private void assertScoreIsThePlansOwn(String when) {
        while (!fxQueue.isEmpty()) {
            fxQueue.poll().run();
        }
        var why = model.explainer().get().score();
        assertEquals(why, model.scoreProperty().get(), when + ": status bar vs why panel");
        assertEquals(
                planning.score(model.problem(), model.entries()),
                model.scoreProperty().get(),
                when);
    }

    @Test
    void edit_afterTheLastPlanIsShown_scoreIsThePlansOwn() {
        model.solve();
        runFx(fxQueue.size());

        edit();

        assertEquals(SolverState.SOLVED, model.stateProperty().get());
        assertScoreIsThePlansOwn("edit after the last plan");
    }

    @Test
    void edit_whileTheLastPlanWaitsForTheFxThread_scoreIsThePlansOwn() {
        model.solve(); // the background runs in the calling thread: every plan of the solve is now queued

        runFx(fxQueue.size() - 1);
        edit();
        runFx(1);

        assertEquals(SolverState.SOLVED, model.stateProperty().get());
        assertScoreIsThePlansOwn("edit before the last plan");
    }

    @Test
    void edit_beforeAnyPlanOfTheSolveIsShown_scoreIsThePlansOwn() {
        model.solve();

        edit();
        runFx(fxQueue.size());

        assertScoreIsThePlansOwn("edit before the solve's plans");
    }

    @Test
    void undo_whileTheLastPlanWaitsForTheFxThread_scoreIsThePlansOwn() {
        DeskId[] move = edit();
        model.solve();

        runFx(fxQueue.size() - 1);
        model.undo();
        runFx(1);

        assertScoreIsThePlansOwn("undo before the last plan");
        assertTrue(model.shownProperty().get().operators().containsKey(move[0]), "the undo holds");
        assertTrue(!model.shownProperty().get().operators().containsKey(move[1]), "the undo holds");
    }
}
