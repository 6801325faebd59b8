package it.scacchiera.ui.session;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;

/**
 * Keeps the draft on disk while it has unsaved changes: a burst of edits is written once, a moment after
 * it settles, on the background executor; {@link #flush()} writes what is pending at once (the window
 * closes). The draft is captured on the FX thread, where the plan lives, and only written off it.
 * Writes are serialised and a late write never replaces a newer draft or resurrects a cleared one.
 */
public final class Autosave {
    private final DraftFile file;
    private final Executor background;
    private final Consumer<Exception> failed;
    private final PauseTransition settle;
    private Supplier<Draft> pending; // FX thread only
    private long generation; // guarded by this: each write or clear moves it on

    /** @param failed told (on the background thread) when a draft could not be written */
    public Autosave(DraftFile file, Executor background, Duration delay, Consumer<Exception> failed) {
        this.file = file;
        this.background = background;
        this.failed = failed;
        this.settle = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        settle.setOnFinished(event -> writeNow(false));
    }

    /** The plan changed and is not saved; {@code draft} is asked for when the changes settle. */
    public void changed(Supplier<Draft> draft) {
        pending = draft;
        settle.playFromStart();
    }

    /** The plan was saved or discarded: no draft to give back after a crash. */
    public void clear() {
        settle.stop();
        pending = null;
        long mine = next();
        run(() -> {
            synchronized (this) {
                if (mine == generation) {
                    delete();
                }
            }
        });
    }

    /** On the executor; on this thread once it has stopped (the app is closing, the file must still go). */
    private void run(Runnable work) {
        try {
            background.execute(work);
        } catch (RejectedExecutionException e) {
            work.run();
        }
    }

    /** Writes the pending draft on the calling thread: the window is closing, the executor may be gone. */
    public void flush() {
        settle.stop();
        writeNow(true);
    }

    private void writeNow(boolean here) {
        if (pending == null) {
            return;
        }
        Draft draft = pending.get();
        pending = null;
        if (draft == null) {
            return;
        }
        long mine = next();
        Runnable write = () -> {
            synchronized (this) {
                if (mine != generation) {
                    return; // a newer draft or a clear came after this one
                }
                try {
                    file.write(draft);
                } catch (IOException | RuntimeException e) {
                    failed.accept(e);
                }
            }
        };
        if (here) {
            write.run();
        } else {
            run(write);
        }
    }

    private synchronized long next() {
        return ++generation;
    }

    private void delete() {
        try {
            file.delete();
        } catch (IOException e) {
            failed.accept(e);
        }
    }
}
