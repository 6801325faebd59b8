package it.scacchiera.ui.plan;

import java.time.Duration;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/** How far a solve has come: its elapsed time, and the progress bar's share of the time limit. */
final class SolveClock {
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "solveProgress");
    private long started;
    private long ended;
    private boolean running;

    void start() {
        started = System.nanoTime();
        running = true;
        progress.set(0);
    }

    void end(boolean complete) {
        ended = System.nanoTime();
        running = false;
        if (complete) {
            progress.set(1);
        }
    }

    void tick(Duration limit) {
        if (running) {
            progress.set(Math.min(1, seconds() / (limit.toMillis() / 1000.0)));
        }
    }

    /** Since the start, up to now while running, up to the end after. */
    double seconds() {
        return ((running ? System.nanoTime() : ended) - started) / 1e9;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
