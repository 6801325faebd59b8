package it.scacchiera.bench;

import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.planning.SolveResult;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many sites, each solved on its own, in parallel on one machine: 20 synthetic sites of 500 operators
 * (4 rooms, 2 weeks), each with its own time limit: {@code quick} solves as many at once as there are
 * cores (10 s each), {@code full} all 20 at once (30 s each). Prints each site's score and time, the
 * wall time of the whole batch and the heap's peak, to check it fits {@code -Xmx4g}. Run: {@code java -Xmx4g -jar target/scacchiera.jar bench sites [quick|full]}.
 */
public final class SitesBenchmark {
    private static final int SITES = 20;
    private static final int OPERATORS = 500;

    private SitesBenchmark() {}

    public static void run(PrintStream out, String mode) throws InterruptedException, ExecutionException {
        boolean full = mode.equals("full");
        Duration limit = Duration.ofSeconds(full ? 30 : 10);
        int threads = full ? SITES : Runtime.getRuntime().availableProcessors();
        out.printf(
                "%d sites × %d operators, 2 weeks, %s each, %d at once, max heap %d MiB%n",
                SITES, OPERATORS, limit, threads, Runtime.getRuntime().maxMemory() >> 20);
        out.println("site | seconds | score | bound");
        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> peak.accumulateAndGet(
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
                0,
                100,
                TimeUnit.MILLISECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<String>> lines = new ArrayList<>();
            for (int s = 0; s < SITES; s++) {
                long seed = 100L + s;
                lines.add(pool.submit(() -> solve(seed, limit)));
            }
            for (Future<String> line : lines) {
                out.println(line.get());
            }
        } finally {
            pool.shutdown();
            sampler.shutdown();
        }
        // CPU time too: on a shared machine the wall time says more about the neighbours than about us
        long cpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
        out.printf(
                "all %d sites in %.1f s wall time, %.1f s process CPU; heap peak %d MiB%n",
                SITES, (System.nanoTime() - started) / 1e9, cpu / 1e9, peak.get() >> 20);
    }

    private static String solve(long seed, Duration limit) {
        PlanningProblem problem = SyntheticSite.generate(4, OPERATORS, 2, seed);
        SolveResult result = new PlanningService().solve(problem, limit, plan -> {});
        return String.format(
                "%d | %.1f | %s | %d",
                seed, result.elapsed().toMillis() / 1000.0, result.score(), result.coverageLowerBound());
    }
}
