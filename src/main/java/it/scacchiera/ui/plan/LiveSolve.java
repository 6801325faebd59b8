package it.scacchiera.ui.plan;

import it.scacchiera.planning.PlanFactory;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * One live solve: runs on the background executor and hands the FX thread its own copy of the best plan
 * at most once per {@link PlanViewModel#THROTTLE}, then the final plan already primed for incremental
 * scoring. The solver's working copy never leaves the solving thread.
 */
final class LiveSolve {
    interface Snapshot {
        void show(WorkingPlan plan, HardMediumSoftScore score, boolean last);
    }

    private final PlanningService planning;
    private final LiveScore liveScore;
    private final Executor background;
    private final Executor fxThread;

    LiveSolve(PlanningService planning, LiveScore liveScore, Executor background, Executor fxThread) {
        this.planning = planning;
        this.liveScore = liveScore;
        this.background = background;
        this.fxThread = fxThread;
    }

    void start(
            PlanningProblem problem,
            Duration limit,
            Set<OperatorDay> pinned,
            Snapshot onSnapshot,
            Consumer<RuntimeException> onFailure) {
        long throttle = PlanViewModel.THROTTLE.toNanos();
        background.execute(() -> {
            try {
                var factory = new PlanFactory(problem);
                long[] lastShown = {System.nanoTime() - throttle};
                var result = planning.solve(problem, limit, best -> {
                    long now = System.nanoTime();
                    if (now - lastShown[0] >= throttle) {
                        lastShown[0] = now;
                        var copy = new WorkingPlan(factory, planning.entries(best), pinned, liveScore);
                        HardMediumSoftScore score = best.getScore(); // read here: best is the solver's
                        fxThread.execute(() -> onSnapshot.show(copy, score, false));
                    }
                });
                // scored here, off the FX thread, so the first drop after the solve is already incremental
                var last = new WorkingPlan(factory, result.entries(), pinned, liveScore)
                        .knowing(result.coverageLowerBound())
                        .primed();
                HardMediumSoftScore score = last.score();
                fxThread.execute(() -> onSnapshot.show(last, score, true));
            } catch (RuntimeException e) {
                fxThread.execute(() -> onFailure.accept(e));
            }
        });
    }
}
