package it.scacchiera;

import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.floorplan.FloorWriter;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.site.SiteReader;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Composition root: every service is built once here with {@code new} and handed to whoever needs it.
 * The window and the command line each build one App; nothing is static.
 */
public final class App implements AutoCloseable {
    /** The site opened when none is given: the rooms in {@code ./floorplans}. */
    public static final Path DEFAULT_SITE = Path.of("floorplans");

    private final Path dataFolder;
    private final FloorReader floorReader = new FloorReader();
    private final FloorWriter floorWriter = new FloorWriter();
    private final SiteReader siteReader = new SiteReader();
    private final PlanningService planning = new PlanningService();
    // Two workers: loading or solving must never wait behind a live capacity preview.
    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "scacchiera-background");
        thread.setDaemon(true); // a closing window must not wait for a capacity search
        return thread;
    });

    /** The planner's own folder, {@code ~/.scacchiera}: settings, autosaved drafts, the sample site's copy. */
    public App() {
        this(Path.of(System.getProperty("user.home"), ".scacchiera"));
    }

    /** @param dataFolder where this app keeps the planner's files (tests: a temporary folder) */
    public App(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

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
    }
}
