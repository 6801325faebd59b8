package it.scacchiera.ui.plan;

import it.scacchiera.planning.Deadline;
import it.scacchiera.planning.Pin;
import it.scacchiera.planning.PlanFactory;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.roster.ScheduleEntry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * One live solve: starts from the plan on screen (warm start) and runs on the background executor,
 * handing the FX thread its own copy of the best plan at most once per {@link #THROTTLE},
 * then the final plan with its full score. The plan on screen is never replaced by
 * a worse one: such updates are not shown, and a solve that ends worse (the inputs changed since)
 * hands back the plan on screen, marked as kept. The solver's working copy never leaves the solving thread.
 */
final class LiveSolve {
    /** At most five map updates a second while the solver improves. */
    static final Duration THROTTLE = Duration.ofMillis(200);

    interface Snapshot {
        /** {@code kept}: the solve found nothing better than the plan it started from, which is shown again. */
        void show(WorkingPlan plan, HardMediumSoftScore score, boolean last, boolean kept);
    }

    private final PlanningService planning;
    private final Executor background;
    private final Executor fxThread;
    private volatile boolean edited; // a pin reached the solve: its plans no longer compare with the start

    LiveSolve(PlanningService planning, Executor background, Executor fxThread) {
        this.planning = planning;
        this.background = background;
        this.fxThread = fxThread;
    }

    /**
     * Call on the FX thread: the deadline starts now, so a Stop pressed before the background thread
     * picks the solve up is kept ({@link PlanningService#cancel()}).
     */
    void start(
            PlanningProblem problem,
            List<ScheduleEntry> onScreen,
            Duration limit,
            Set<OperatorDay> pinned,
            Snapshot onSnapshot,
            Consumer<RuntimeException> onFailure) {
        long throttle = THROTTLE.toNanos();
        Deadline deadline = planning.begin(limit);
        edited = false;
        background.execute(() -> {
            try {
                var factory = new PlanFactory(problem);
                HardMediumSoftScore before = onScreen.isEmpty() ? null : planning.score(problem, onScreen);
                long[] lastShown = {System.nanoTime() - throttle};
                var result = planning.solve(problem, onScreen, deadline, best -> {
                    long now = System.nanoTime();
                    HardMediumSoftScore score = best.getScore(); // read here: best is the solver's
                    if (now - lastShown[0] >= throttle && !worse(score, before)) {
                        lastShown[0] = now;
                        var copy = new WorkingPlan(factory, planning.entries(best), pinned);
                        fxThread.execute(() -> onSnapshot.show(copy, score, false, false));
                    }
                });
                boolean kept = worse(result.score(), before);
                var last = new WorkingPlan(factory, kept ? onScreen : result.entries(), pinned)
                        .knowing(result.coverageLowerBound());
                HardMediumSoftScore score = planning.score(last.plan()); // here, off the FX thread
                fxThread.execute(() -> onSnapshot.show(last, score, true, kept));
            } catch (RuntimeException e) {
                fxThread.execute(() -> onFailure.accept(e));
            }
        });
    }

    /** A manual change during the solve: the solve goes on from it (see {@link PlanningService#pin(Pin)}). */
    boolean pin(Pin pin) {
        boolean taken = planning.pin(pin);
        edited |= taken;
        return taken;
    }

    private boolean worse(HardMediumSoftScore score, HardMediumSoftScore before) {
        return before != null && !edited && score.compareTo(before) < 0;
    }
}
