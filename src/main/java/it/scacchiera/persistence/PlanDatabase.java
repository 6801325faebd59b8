package it.scacchiera.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The app's database: opened once and held (an H2 file stays locked for this app), switched when the
 * planner picks another one. Thread-safe: the window uses it from its background executor.
 */
public final class PlanDatabase implements AutoCloseable {
    private final DatabaseSettings settings;
    private DatabaseChoice choice;
    private Database open;
    private PlanStore store;

    /** @param settings where a choice made in the app is kept; null when it is not to be kept */
    public PlanDatabase(DatabaseChoice choice, DatabaseSettings settings) {
        this.choice = choice;
        this.settings = settings;
    }

    /** The file a choice made in the app is kept in, or null when it is not kept. */
    public Path settingsFile() {
        return settings == null ? null : settings.file();
    }

    public synchronized DatabaseChoice choice() {
        return choice;
    }

    /** Opens the database now when not yet open: a file another app holds is refused here. */
    public synchronized PlanStore store() {
        if (store == null) {
            open = Database.open(choice);
            store = new JdbcPlanStore(open.dataSource());
        }
        return store;
    }

    /**
     * Connects to {@code next} and migrates it; only when that works is it kept in the settings and
     * used from then on, and the previous database released. On failure nothing changes.
     */
    public void use(DatabaseChoice next) throws IOException {
        use(next, false);
    }

    /** As {@link #use(DatabaseChoice)}; the password is kept for the next run only when asked to. */
    public void use(DatabaseChoice next, boolean rememberPassword) throws IOException {
        Database opened = Database.open(next);
        Database previous;
        try {
            if (settings != null) {
                settings.save(next, rememberPassword);
            }
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
        synchronized (this) {
            previous = open;
            open = opened;
            choice = next;
            store = new JdbcPlanStore(opened.dataSource());
        }
        if (previous != null) {
            previous.close();
        }
    }

    /**
     * Before the first use only: this run uses {@code next}, which is not kept (a password typed at
     * start-up, or the local file when the planner gave none); the kept choice stays as it was.
     */
    public synchronized void useUnsaved(DatabaseChoice next) {
        if (open != null) {
            throw new IllegalStateException("the database is already open: " + choice);
        }
        choice = next;
    }

    @Override
    public synchronized void close() {
        if (open != null) {
            open.close();
            open = null;
            store = null;
        }
    }
}
