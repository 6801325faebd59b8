package it.scacchiera.cli;

import it.scacchiera.floorplan.Capacity;
import it.scacchiera.floorplan.CapacityResult;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.floorplan.FloorWarnings;
import it.scacchiera.input.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code capacity [--pattern] FLOOR…}: exact capacity of each room (SPEC §5). */
@Command(
        name = "capacity",
        description = "Prints each room's exact capacity: <room> <capacity> <desks> optimal|bound, then"
                + " upper bound, naive chessboard and what the exact pattern seats more.")
final class CapacityCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--pattern", description = "Also print the grid with occupied desks as 'o'.")
    boolean pattern;

    @Option(
            names = "--time-limit",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "Time per room before falling back to a bound (default ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Parameters(
            arity = "1..*",
            paramLabel = "FLOOR",
            description = "Floorplan files (*.floor); a directory stands for its *.floor files.")
    List<Path> files;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var reader = new FloorReader();
        int exit = ExitCodes.OK;
        for (Path argument : files) {
            List<Path> floors;
            try {
                floors = floorFiles(argument);
            } catch (IOException e) {
                err.println(unreadable(argument, e));
                exit = ExitCodes.BAD_INPUT;
                continue;
            }
            if (floors.isEmpty()) {
                err.println(argument + ": no *.floor files in this directory");
                exit = ExitCodes.BAD_INPUT;
            }
            for (Path file : floors) {
                if (!printCapacity(reader, file, out, err)) {
                    exit = ExitCodes.BAD_INPUT;
                }
            }
        }
        out.flush();
        return exit;
    }

    /** Prints one room's line (and pattern); false, with the reason on {@code err}, on bad input. */
    private boolean printCapacity(FloorReader reader, Path file, PrintWriter out, PrintWriter err) {
        Floor floor;
        try {
            floor = reader.read(file);
        } catch (InputException e) {
            err.println(e.getMessage());
            return false;
        } catch (IOException e) {
            err.println(unreadable(file, e));
            return false;
        }
        var graph = ConflictGraph.of(floor);
        FloorWarnings.of(floor, graph).forEach(warning -> err.println(file + ": warning: " + warning.message()));
        CapacityResult result = Capacity.compute(graph, timeLimit);
        out.println(line(result));
        if (pattern) {
            printPattern(out, floor, result);
        }
        return true;
    }

    /** A file stands for itself; a directory for its {@code *.floor} files, by room id. */
    private static List<Path> floorFiles(Path argument) throws IOException {
        if (!Files.isDirectory(argument)) {
            return List.of(argument);
        }
        try (Stream<Path> entries = Files.list(argument)) {
            return entries.filter(path -> path.getFileName().toString().endsWith(".floor"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(
                            path -> path.getFileName().toString().replaceFirst("\\.floor$", "")))
                    .toList();
        }
    }

    private static String unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return file + ": no such file";
        }
        // The message of an IOException is often just the path again, or its reason alone.
        return file + ": cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }

    static String line(CapacityResult r) {
        return String.format(
                "%s %d %d %s upper=%d chessboard=%d gain=%+d",
                r.roomId(),
                r.capacity(),
                r.desks(),
                r.optimal() ? "optimal" : "bound",
                r.upperBound(),
                r.naiveChessboard(),
                r.capacity() - r.naiveChessboard());
    }

    private static void printPattern(PrintWriter out, Floor floor, CapacityResult result) {
        var occupied = new HashSet<DeskId>(result.pattern());
        for (int r = 0; r < floor.rows(); r++) {
            var row = new StringBuilder(floor.grid().get(r));
            for (int c = 0; c < row.length(); c++) {
                if (occupied.contains(DeskId.ofCell(r, c))) {
                    row.setCharAt(c, 'o');
                }
            }
            out.println(row);
        }
    }
}
