package it.scacchiera.ui.session;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes the settings as they change, so a killed app restarts with them: off the FX thread, the newest
 * wins (a burst of changes is written once or twice, never out of order), and the clean-exit write is the
 * last one: a change still queued when the window closes is dropped, not written over it.
 */
final class SettingsKeeper {
    private final SettingsStore store;
    private final Executor background;
    private final Consumer<IOException> failed;
    private final AtomicReference<UserSettings> pending = new AtomicReference<>();
    private volatile boolean closed;

    /** @param failed told of a write that failed, on the background thread */
    SettingsKeeper(SettingsStore store, Executor background, Consumer<IOException> failed) {
        this.store = store;
        this.background = background;
        this.failed = failed;
    }

    /** Writes {@code now} soon, unless newer settings come first. */
    void keep(UserSettings now) {
        if (!closed && pending.getAndSet(now) == null) {
            try {
                background.execute(this::writePending);
            } catch (RejectedExecutionException e) {
                writePending(); // the app is closing and its executor stopped: written here, not lost
            }
        }
    }

    private synchronized void writePending() {
        UserSettings now = pending.getAndSet(null);
        if (now == null || closed) {
            return;
        }
        try {
            store.save(now);
        } catch (IOException e) {
            failed.accept(e);
        }
    }

    /** Writes the settings of the clean exit now, on the calling thread, after any write under way. */
    synchronized void close(UserSettings last) throws IOException {
        closed = true;
        pending.set(null);
        store.save(last);
    }
}
