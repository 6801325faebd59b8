package it.scacchiera.ui.plan;

import it.scacchiera.planning.Pin;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Live solving of the plan on screen, one solve at a time ({@link SolveRun}): each starts from the plan on
 * screen ({@link LiveSolve}), its plans replace it as they come with the planner's edits kept on them, and
 * Stop keeps the best plan so far.
 */
final class PlanSolver {
    private final PlanViewModel model;
    private final PlanningService planning;
    private final PlanDisplay display;
    private final SolveRun run;
    private final LiveSolve liveSolve;

    /** @param model the plan, also named as the properties' bean */
    PlanSolver(
            PlanViewModel model,
            PlanningService planning,
            PlanDisplay display,
            Executor background,
            Executor fxThread) {
        this.model = model;
        this.planning = planning;
        this.display = display;
        this.run = new SolveRun(model);
        this.liveSolve = new LiveSolve(planning, background, fxThread);
    }

    /** Solves on the background executor; the map follows the best plan at most five times a second. */
    void solve() {
        if (model.siteProperty().get() == null || model.horizon() == null || run.solving()) {
            return;
        }
        PlanningProblem problem = model.problem();
        Duration limit = model.settingsProperty().get().timeLimit();
        model.edits().forgetPlacedWhileSolving();
        Object token = run.start();
        liveSolve.start(
                problem,
                model.entries(), // warm start from the plan on screen
                limit,
                Set.copyOf(model.edits().pinnedDays()),
                (solved, solvedScore, last, kept) -> showSolved(token, solved, solvedScore, last, kept),
                failure -> run.failed(token, failure));
    }

    private void showSolved(
            Object token, WorkingPlan solved, HardMediumSoftScore solvedScore, boolean last, boolean kept) {
        if (!run.current(token)) {
            return;
        }
        model.setWorking(solved);
        display.forget();
        model.edits().setDirty(true);
        // The planner's edits stay undoable: commands hold operator-days and placements, not entities,
        // so they apply to any plan. An edit made after the solver took this snapshot is put back on it,
        // and so is an undo, which unpins and so never reaches the solver. Either way the plan changed
        // after the score the snapshot came with: it is rescored (off the FX thread, by the live score).
        boolean editsKept = model.edits().keepOn(solved);
        tick();
        if (last) {
            model.edits().forgetPlacedWhileSolving();
            run.finished(kept);
        }
        display.show(solvedScore);
        if (editsKept) {
            display.changed();
        }
    }

    /** Stop keeps the best plan so far: the solve returns it and it is shown as the last update. */
    void stop() {
        if (run.stop()) {
            planning.cancel();
        }
    }

    /** True while a solve runs or is stopping: its plans are still to come. */
    boolean running() {
        return run.solving() || run.state().get() == SolverState.STOPPING;
    }

    /** A manual change during the solve: the solve goes on from it. */
    void pin(Pin pin) {
        liveSolve.pin(pin);
    }

    /** No solve runs: results still coming are dropped, and the state is {@code now}. */
    void reset(SolverState now) {
        run.reset(now);
    }

    /** Moves the progress on while solving; the view calls it a few times a second. */
    void tick() {
        run.tick(model.settingsProperty().get().timeLimit());
    }

    double elapsedSeconds() {
        return run.seconds();
    }

    ReadOnlyObjectProperty<SolverState> state() {
        return run.state();
    }

    ReadOnlyDoubleProperty progress() {
        return run.progress();
    }

    ReadOnlyObjectProperty<RuntimeException> failure() {
        return run.failure();
    }
}
