package it.scacchiera.planning;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * When one solve must end: its time limit from the moment it was asked for, or at once after
 * {@link #cancel()}, whatever stage it is at (capacity searches, construction, local search, or not
 * yet started). Every stage asks {@link #left()} or {@link #expired()} before it spends time.
 */
public final class Deadline {
    /** Ends local search at the limit itself: its own spent limit counts from when it started, not from the ask. */
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "solve-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final long started;
    private final long end;
    private volatile boolean cancelled;
    private volatile Solver<Plan> solver;
    private ScheduledFuture<?> alarm;

    Deadline(Duration limit) {
        this.started = System.nanoTime();
        this.end = started + Math.max(0, limit.toNanos());
    }

    /** Stops the solve: a local search under way ends after its current step, a later stage never starts. */
    public void cancel() {
        cancelled = true;
        Solver<Plan> running = solver;
        if (running != null) {
            running.terminateEarly();
        }
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Cancelled, or the time limit has passed. */
    public boolean expired() {
        return cancelled || System.nanoTime() >= end;
    }

    /** Time left before the limit; zero once cancelled or expired. */
    public Duration left() {
        return cancelled ? Duration.ZERO : Duration.ofNanos(Math.max(0, end - System.nanoTime()));
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** A cutoff at this deadline, or {@code most} from now if sooner, that a Stop also passes. */
    Cutoff cutoff(Duration most) {
        return new Cutoff(Math.min(end, System.nanoTime() + most.toNanos()), () -> cancelled);
    }

    /** {@code running} is told to end at the limit, or at once on {@link #cancel()}. */
    void attach(Solver<Plan> running) {
        solver = running;
        alarm = ALARMS.schedule(
                () -> {
                    Solver<Plan> late = solver;
                    if (late != null) {
                        late.terminateEarly();
                    }
                },
                Math.max(0, end - System.nanoTime()),
                TimeUnit.NANOSECONDS);
    }

    void detach() {
        solver = null;
        if (alarm != null) {
            alarm.cancel(false);
        }
    }

    /**
     * A first solver phase that changes nothing: {@code Solver.solve} forgets a {@code terminateEarly}
     * called before it started, so a cancel or the limit that came in between is repeated here, once the
     * solver runs.
     */
    CustomPhaseCommand<Plan> checkpoint() {
        return (ScoreDirector<Plan> director) -> {
            Solver<Plan> running = solver;
            if (expired() && running != null) {
                running.terminateEarly();
            }
        };
    }
}
