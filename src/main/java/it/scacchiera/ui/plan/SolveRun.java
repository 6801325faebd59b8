package it.scacchiera.ui.plan;

import java.time.Duration;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The plan's solves, one at a time, as the status bar tells them: the state, the progress clock and why
 * the last one failed. Each solve has a token; results carrying the token of a replaced or abandoned
 * solve are dropped.
 */
final class SolveRun {
    private final ReadOnlyObjectWrapper<SolverState> state;
    private final ReadOnlyObjectWrapper<RuntimeException> failure;
    private final SolveClock clock = new SolveClock();
    private Object solving; // the running solve's token: results of a replaced solve are dropped

    /** @param bean the plan, named as the properties' bean */
    SolveRun(Object bean) {
        this.state = new ReadOnlyObjectWrapper<>(bean, "state", SolverState.NO_PLAN);
        this.failure = new ReadOnlyObjectWrapper<>(bean, "solveFailure");
    }

    boolean solving() {
        return state.get() == SolverState.SOLVING;
    }

    /** A new solve starts: its token. */
    Object start() {
        failure.set(null);
        Object token = new Object();
        solving = token;
        clock.start();
        state.set(SolverState.SOLVING);
        return token;
    }

    /** True while {@code token} is the running solve's. */
    boolean current(Object token) {
        return solving == token;
    }

    void failed(Object token, RuntimeException failure) {
        if (solving == token) {
            clock.end(false);
            solving = null;
            this.failure.set(failure);
            state.set(SolverState.FAILED);
        }
    }

    /** The running solve's last plan has come: solved, stopped by the planner, or the warm start kept. */
    void finished(boolean kept) {
        clock.end(true);
        solving = null;
        state.set(
                kept
                        ? SolverState.KEPT
                        : state.get() == SolverState.STOPPING ? SolverState.STOPPED : SolverState.SOLVED);
    }

    /** True when a solve was running and is now stopping. */
    boolean stop() {
        if (state.get() == SolverState.SOLVING) {
            state.set(SolverState.STOPPING);
            return true;
        }
        return false;
    }

    /** No solve runs: results still coming are dropped, and the state is {@code now}. */
    void reset(SolverState now) {
        solving = null;
        state.set(now);
    }

    void tick(Duration limit) {
        clock.tick(limit);
    }

    double seconds() {
        return state.get() == SolverState.NO_PLAN ? 0 : clock.seconds();
    }

    ReadOnlyObjectProperty<SolverState> state() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<RuntimeException> failure() {
        return failure.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progress() {
        return clock.progressProperty();
    }
}
