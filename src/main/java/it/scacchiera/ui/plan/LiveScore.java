package it.scacchiera.ui.plan;

import it.scacchiera.planning.LivePlanScore;
import it.scacchiera.planning.Plan;
import it.scacchiera.planning.PlanFactory;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Rescores the plan on screen after manual changes, off the FX thread: planning's {@link LivePlanScore}
 * scores a whole plan (about 100 ms on the sample site), too slow for a drop on the FX thread. Each
 * change hands over a copy of the plan; the background executor scores only the newest copy waiting, so
 * a burst of drops costs one or two scorings, and a score reaches the FX thread only if no change came
 * after its copy. With {@code Runnable::run} executors (tests) it scores at once.
 */
final class LiveScore {
    private final LivePlanScore scoring;
    private final Executor background;
    private final Executor fxThread;
    private final AtomicReference<Request> waiting = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private long latest; // FX thread only: the number of the newest request
    private long delivered; // FX thread only: the number of the last score handed over (or dropped)

    private record Request(long number, Plan copy, Consumer<HardMediumSoftScore> onScore) {}

    LiveScore(LivePlanScore scoring, Executor background, Executor fxThread) {
        this.scoring = scoring;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Call on the FX thread after a change: {@code onScore} gets the plan's score, unless a newer change comes first. */
    void rescore(Plan plan, Consumer<HardMediumSoftScore> onScore) {
        waiting.set(new Request(++latest, PlanFactory.snapshot(plan), onScore));
        if (draining.compareAndSet(false, true)) {
            background.execute(this::drain);
        }
    }

    /** Call on the FX thread when the plan goes: scores still to come for it are dropped. */
    void forget() {
        delivered = ++latest;
        waiting.set(null);
    }

    /** True while the newest change's score is still being worked out. */
    boolean pending() {
        return delivered != latest;
    }

    private void drain() {
        do {
            try {
                Request request;
                while ((request = waiting.getAndSet(null)) != null) {
                    Request scored = request;
                    HardMediumSoftScore score = scoring.score(scored.copy());
                    fxThread.execute(() -> deliver(scored, score));
                }
            } catch (RuntimeException e) {
                fxThread.execute(() -> {
                    throw e; // the window's handler of uncaught errors shows it
                });
            } finally {
                draining.set(false);
            }
            // a change handed over between the last poll and the reset above must not wait for the next one
        } while (waiting.get() != null && draining.compareAndSet(false, true));
    }

    private void deliver(Request scored, HardMediumSoftScore score) {
        if (scored.number() == latest) { // else stale: a newer copy is waiting or being scored
            delivered = latest;
            scored.onScore().accept(score);
        }
    }
}
