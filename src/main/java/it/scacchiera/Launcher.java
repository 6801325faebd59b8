package it.scacchiera;

import it.scacchiera.cli.Cli;
import it.scacchiera.ui.ScacchieraFx;

/**
 * The jar's entry point: no arguments (or only {@code --site DIR}, {@code --db URL}) opens the window, a verb runs the
 * command line. It is not an Application and imports no JavaFX, so the shaded jar starts without a
 * module path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (opensWindow(args)) {
            ScacchieraFx.launchWindow(args);
        } else {
            System.exit(Cli.run(args));
        }
    }

    /** The window opens without arguments or when the first argument is its {@code --site} or {@code --db} option. */
    static boolean opensWindow(String... args) {
        return args.length == 0 || args[0].matches("--(site|db)(=.*)?");
    }
}
