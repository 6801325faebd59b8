package it.scacchiera;

import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.floorplan.FloorWriter;
import it.scacchiera.persistence.DatabaseChoice;
import it.scacchiera.persistence.DatabaseSettings;
import it.scacchiera.persistence.Databases;
import it.scacchiera.persistence.PlanDatabase;
import it.scacchiera.persistence.PlanStoreException;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.site.SiteReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Composition root: every service is built once here with {@code new} and handed to whoever needs it.
 * The window and the command line each build one App; nothing is static.
 */
public final class App implements AutoCloseable {

    private final Path dataFolder;
    private final FloorReader floorReader = new FloorReader();
    private final FloorWriter floorWriter = new FloorWriter();
    private final SiteReader siteReader = new SiteReader();
    private final PlanningService planning = new PlanningService();
    private final PlanDatabase database;
    // Two workers: loading or solving must never wait behind a live capacity preview.
    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "scacchiera-background");
        thread.setDaemon(true); // a closing window must not wait for a capacity search
        return thread;
    });

    /** The planner's own folder {@code ~/.scacchiera} with its default H2 file; a choice made in the window is not kept. */
    public App() {
        this(defaultDataFolder());
    }

    /**
     * @param dataFolder where this app keeps the planner's files: settings, autosaved drafts, the sample
     *     site's copy, and the H2 file of plans (tests: a temporary folder)
     */
    public App(Path dataFolder) {
        this(dataFolder, new PlanDatabase(DatabaseChoice.h2(dataFolder.resolve("scacchiera")), null));
    }

    public App(Path dataFolder, PlanDatabase database) {
        this.dataFolder = dataFolder;
        this.database = database;
    }

    /**
     * The window's App: the database of {@code --db URL} (user and password from {@code --db-user},
     * {@code --db-password} or the environment), else the one chosen in the app before, else the
     * default H2 file. A choice made in the window is kept for the next run.
     *
     * @throws IOException when the kept choice cannot be read
     */
    public static App forUser(List<String> args, Map<String, String> env) throws IOException {
        var settings = new DatabaseSettings(DatabaseSettings.defaultFile());
        String url = option(args, "--db", env.get("SCACCHIERA_DB_URL"));
        DatabaseChoice choice = url == null
                ? settings.load()
                : new DatabaseChoice(
                        url,
                        option(args, "--db-user", env.get("SCACCHIERA_DB_USER")),
                        option(args, "--db-password", env.get("SCACCHIERA_DB_PASSWORD")));
        return new App(defaultDataFolder(), new PlanDatabase(choice, settings));
    }

    private static Path defaultDataFolder() {
        return Databases.defaultH2File().getParent();
    }

    /** {@code --name VALUE} or {@code --name=VALUE}; {@code otherwise} when absent. */
    static String option(List<String> args, String name, String otherwise) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith(name + "=")) {
                return args.get(i).substring(name.length() + 1);
            }
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
        }
        return otherwise;
    }

    /**
     * Opens an H2 file now, so that a second app on it is refused before the planner starts working.
     * A server database opens on first use (an unreachable one must not stop the window opening).
     *
     * @return why this app cannot use its database, or null
     */
    public String holdDatabase() {
        if (!database.choice().embeddedH2()) {
            return null;
        }
        try {
            database.store();
            return null;
        } catch (PlanStoreException e) { // in use by another app, above all
            return e.getMessage();
        }
    }

    /** Where plans are saved: the H2 file or the shared server the planner chose. */
    public PlanDatabase database() {
        return database;
    }

    /**
     * The sample site as installed: the app image's launcher names it ({@code -Dscacchiera.sample}); from
     * the sources it is {@code ./floorplans}. The window opens a copy of it, never this folder.
     */
    public Path installedSample() {
        return Path.of(System.getProperty("scacchiera.sample", "floorplans"));
    }

    /** The planner's own folder, {@code ~/.scacchiera}: settings, autosaved drafts, the sample site's copy. */
    public Path dataFolder() {
        return dataFolder;
    }

    public FloorReader floorReader() {
        return floorReader;
    }

    public FloorWriter floorWriter() {
        return floorWriter;
    }

    public SiteReader siteReader() {
        return siteReader;
    }

    /** One solve at a time: the window's live solve and its manual changes share this service. */
    public PlanningService planning() {
        return planning;
    }

    /** Long work (reading sites, capacity, later solving) runs here, never on the FX thread. */
    public ExecutorService background() {
        return background;
    }

    @Override
    public void close() {
        planning.cancel();
        background.shutdownNow();
        database.close();
    }
}
