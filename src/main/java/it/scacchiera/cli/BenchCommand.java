package it.scacchiera.cli;

import it.scacchiera.bench.CapacityBenchmark;
import it.scacchiera.bench.PlanningBenchmark;
import it.scacchiera.bench.SitesBenchmark;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bench capacity|planning [full]}: the speed figures of docs/BENCHMARKS.md, on generated rooms and sites. */
@Command(name = "bench", description = "Runs a benchmark on generated rooms or sites: capacity, or planning [full].")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "capacity|planning")
    String which;

    @Parameters(index = "1", arity = "0..1", paramLabel = "full", defaultValue = "quick")
    String mode;

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        switch (which) {
            case "capacity" -> CapacityBenchmark.run(System.out);
            case "planning" -> PlanningBenchmark.main(new String[] {mode});
            case "sites" -> SitesBenchmark.run(System.out, mode);
            default -> throw new IllegalArgumentException("bench capacity or bench planning [full], not " + which);
        }
        return ExitCodes.OK;
    }
}
