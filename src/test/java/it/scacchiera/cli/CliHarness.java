package it.scacchiera.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs verbs as the jar would, keeping what they print; builds the site arguments of solve and verify. */
final class CliHarness {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    int run(List<String> args) {
        return run(args.toArray(String[]::new));
    }

    String lastLine() {
        String[] lines = out.toString().split("\\R");
        return lines[lines.length - 1];
    }

    /** {@code verb --floors dir --shifts dir/shifts.csv --operators … --demand …}, then {@code more}. */
    static List<String> siteArgs(String verb, Path dir, String... more) {
        var args = new ArrayList<>(List.of(
                verb,
                "--floors",
                dir.toString(),
                "--shifts",
                dir.resolve("shifts.csv").toString(),
                "--operators",
                dir.resolve("operators.csv").toString(),
                "--demand",
                dir.resolve("demand.csv").toString()));
        args.addAll(List.of(more));
        return args;
    }
}
