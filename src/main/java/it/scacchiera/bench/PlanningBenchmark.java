package it.scacchiera.bench;

import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.planning.SolveResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Solves synthetic sites of growing size and prints, per size, the time to the first plan with no
 * hard violation, the best score at checkpoints, and the gap to the coverage lower bound. Run:
 * {@code java -cp target/classes:$(cat cp.txt) it.scacchiera.bench.PlanningBenchmark [quick|full]}.
 */
public final class PlanningBenchmark {
    private PlanningBenchmark() {}

    private record Size(int rooms, int operators, int weeks, int remotePercent, int[] checkpoints) {}

    private record Point(long millis, HardMediumSoftScore score) {}

    public static void main(String[] args) {
        boolean full = args.length > 0 && args[0].equals("full");
        List<Size> sizes = full
                ? List.of(
                        new Size(1, 180, 1, 40, new int[] {2, 10, 30}),
                        new Size(1, 180, 2, 10, new int[] {2, 10, 30}),
                        new Size(8, 1000, 2, 40, new int[] {10, 30, 60, 120}))
                : List.of(
                        new Size(1, 180, 1, 40, new int[] {2, 10}),
                        new Size(1, 180, 2, 10, new int[] {2, 10}),
                        new Size(8, 1000, 2, 40, new int[] {10, 30}));
        System.out.println("rooms desks operators weeks remote% | first-hard0 | checkpoints (s: score) | bound gap");
        for (Size size : sizes) {
            run(size);
        }
    }

    private static void run(Size size) {
        PlanningProblem problem =
                SyntheticSite.generate(size.rooms(), size.operators(), size.weeks(), 7L, size.remotePercent());
        List<Point> points = new ArrayList<>();
        long start = System.nanoTime();
        var service = new PlanningService();
        int last = size.checkpoints()[size.checkpoints().length - 1];
        SolveResult result = service.solve(problem, Duration.ofSeconds(last), plan -> {
            synchronized (points) {
                points.add(new Point((System.nanoTime() - start) / 1_000_000, plan.getScore()));
            }
        });
        String firstFeasible = points.stream()
                .filter(p -> p.score() != null && p.score().hardScore() == 0)
                .findFirst()
                .map(p -> p.millis() + " ms")
                .orElse("never");
        StringBuilder line = new StringBuilder();
        int desks =
                problem.rooms().stream().mapToInt(g -> g.floor().deskCount()).sum();
        line.append(String.format(
                "%d %d %d %d %d%% | %s |",
                size.rooms(), desks, size.operators(), size.weeks(), size.remotePercent(), firstFeasible));
        for (int checkpoint : size.checkpoints()) {
            HardMediumSoftScore best = null;
            for (Point p : points) {
                if (p.millis() <= checkpoint * 1000L && p.score() != null) {
                    best = p.score();
                }
            }
            line.append(' ').append(checkpoint).append("s: ").append(best);
        }
        int required = problem.demands().stream().mapToInt(d -> d.required()).sum();
        line.append(String.format(
                " | bound %d, shortfall %d of %d required",
                result.coverageLowerBound(), -result.score().mediumScore(), required));
        System.out.println(line);
    }
}
