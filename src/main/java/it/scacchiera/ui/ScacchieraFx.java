package it.scacchiera.ui;

import it.scacchiera.App;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.common.ErrorDialog;
import it.scacchiera.ui.plans.DatabaseDialog;
import it.scacchiera.ui.plans.StartupDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the App, opens the main window on the site given by {@code --site}. */
public final class ScacchieraFx extends Application {
    private App app;
    private MainWindow window;
    private String refused; // why this app cannot use its database (another app holds the H2 file)

    /** Called by the jar's Launcher, which must not itself touch JavaFX. */
    public static void launchWindow(String... args) {
        Application.launch(ScacchieraFx.class, args);
    }

    @Override
    public void init() {
        try {
            app = App.forUser(getParameters().getRaw(), System.getenv());
            refused = app.holdDatabase(); // on the launcher thread: the window waits, the FX thread does not
        } catch (IOException | IllegalArgumentException e) { // the kept choice unreadable, --db no JDBC URL
            app = new App();
            refused = e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        var bundle = Bundles.load(Bundles.systemDefault());
        if (refused == null) { // a shared server without its password: asked before the store opens
            Path file = app.dataFolder().resolve("scacchiera");
            // the prompt itself says what "Use the local file" means: the site load's messages would
            // replace a status message at once
            Path local =
                    StartupDatabase.prepare(app.database(), file, server -> StartupDatabase.ask(server, file, bundle));
            refused = local == null ? null : app.holdDatabase();
        }
        if (refused != null) {
            DatabaseDialog.refuse(refused, bundle);
            return;
        }
        var errors = new ErrorDialog(() -> window == null ? bundle : window.bundle());
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        window = new MainWindow(app, stage, Bundles.systemDefault());
        window.show(site(getParameters().getRaw()));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        app.close();
    }

    /** {@code --site DIR} or {@code --site=DIR}; null otherwise (the window opens the last site). */
    static Path site(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--site=")) {
                return Path.of(args.get(i).substring("--site=".length()));
            }
            if (args.get(i).equals("--site") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
        }
        return null;
    }
}
