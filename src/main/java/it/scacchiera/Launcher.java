package it.scacchiera;

import it.scacchiera.cli.Cli;

/** The jar's entry point: no arguments opens the window, a verb runs the command line. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
