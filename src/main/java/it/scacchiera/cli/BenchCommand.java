package it.scacchiera.cli;

import it.scacchiera.bench.CapacityBenchmark;
import it.scacchiera.bench.PlanningBenchmark;
import it.scacchiera.bench.PlantedBenchmark;
import it.scacchiera.bench.SitesBenchmark;
import it.scacchiera.bench.planted.Family;
import it.scacchiera.bench.planted.PlantedGenerator;
import it.scacchiera.bench.planted.PlantedSite;
import it.scacchiera.planning.SolverTuning;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench capacity|planning|planted|sites|synthetic}: the figures of docs/BENCHMARKS.md, on generated rooms and sites. */
@Command(
        name = "bench",
        description = "Benchmarks on generated rooms and sites: capacity, planning, planted, sites, synthetic.",
        subcommands = {
            BenchCommand.CapacityBench.class,
            BenchCommand.PlanningBench.class,
            BenchCommand.PlantedBench.class,
            BenchCommand.SitesBench.class,
            BenchCommand.SyntheticBench.class
        })
final class BenchCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "bench capacity, bench planning, bench planted, bench sites or bench synthetic");
    }

    @Command(name = "capacity", description = "Room capacity on generated rooms.")
    static final class CapacityBench implements Callable<Integer> {
        @Override
        public Integer call() {
            CapacityBenchmark.run(System.out);
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "planning",
            description = "Solves planted sites once each and prints first hard 0, short at 5/10/30/60/120 s,"
                    + " bound and final short.")
    static final class PlanningBench implements Callable<Integer> {
        @Option(
                names = "--family",
                split = ",",
                defaultValue = "S,N,L",
                paramLabel = "F",
                description = "Families, e.g. S,N,L,H or S+ (default ${DEFAULT-VALUE}).")
        List<String> families;

        @Option(names = "--seeds", defaultValue = "0-9", paramLabel = "A-B", description = "Seeds: 0-9 or 1,4,7.")
        String seeds;

        @Option(
                names = "--limit",
                defaultValue = "10s",
                converter = DurationConverter.class,
                paramLabel = "T",
                description = "Time limit of each solve (default ${DEFAULT-VALUE}).")
        Duration limit;

        @Option(
                names = "--move-threads",
                defaultValue = "0",
                paramLabel = "N",
                description =
                        "Threads that evaluate moves beside the solver's own; 0 for none (default ${DEFAULT-VALUE}).")
        int moveThreads;

        @Override
        public Integer call() {
            families.forEach(Family::of); // an unknown family fails before any solve
            if (moveThreads < 0) {
                throw new IllegalArgumentException("--move-threads must be 0 or more, not " + moveThreads);
            }
            new PlantedBenchmark(System.out, SolverTuning.DEFAULT.withMoveThreads(moveThreads))
                    .run(families, seeds(seeds), limit);
            return ExitCodes.OK;
        }
    }

    @Command(name = "planted", description = "Writes a planted site, its hidden schedule and site.txt into a folder.")
    static final class PlantedBench implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--family",
                required = true,
                paramLabel = "F",
                description = "S, N, L, H (L made harder), or one of them with + (over-demanded).")
        String family;

        @Option(
                names = "--seed",
                defaultValue = "0",
                paramLabel = "N",
                description = "Seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
        Path out;

        @Override
        public Integer call() throws IOException {
            PlantedSite site = new PlantedGenerator().generate(family, seed);
            site.write(out);
            var printer = spec.commandLine().getOut();
            printer.printf(
                    "wrote %s: %d rooms, %d operators, %d operator-shifts required, hidden plan %d rows%n",
                    out,
                    site.floors().size(),
                    site.operators().size(),
                    site.required(),
                    site.hidden().size());
            printer.println("flags: " + site.flags());
            printer.flush();
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "sites",
            description = "Synthetic sites of 500 operators solved each on its own, in parallel: quick (2 x 10 s)"
                    + " or full (20 x 30 s).")
    static final class SitesBench implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", defaultValue = "quick", paramLabel = "quick|full")
        String mode;

        @Override
        public Integer call() throws InterruptedException, ExecutionException {
            SitesBenchmark.run(System.out, mode);
            return ExitCodes.OK;
        }
    }

    @Command(name = "synthetic", description = "The older synthetic sites (no planted plan): quick or full.")
    static final class SyntheticBench implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", defaultValue = "quick", paramLabel = "quick|full")
        String mode;

        @Override
        public Integer call() {
            PlanningBenchmark.main(new String[] {mode});
            return ExitCodes.OK;
        }
    }

    /** {@code 0-9}, {@code 3} or {@code 1,4,7}. */
    static List<Long> seeds(String text) {
        List<Long> seeds = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.trim().split("-");
            if (ends.length > 2 || ends[0].isEmpty()) {
                throw new IllegalArgumentException("--seeds takes 0-9 or 1,4,7, not " + text);
            }
            long first = Long.parseLong(ends[0].trim());
            long last = ends.length == 2 ? Long.parseLong(ends[1].trim()) : first;
            for (long seed = first; seed <= last; seed++) {
                seeds.add(seed);
            }
        }
        return seeds;
    }
}
