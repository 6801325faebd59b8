package it.scacchiera.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * Scratch measurement on {@link PlantedSite}: {@code PlantedRun S|N|L seconds seed...}. Prints the
 * hidden plan's score, the time of the first hard-0 plan and the shortfall at checkpoints.
 */
final class PlantedRun {
    private record Point(long millis, HardMediumSoftScore score) {}

    private PlantedRun() {}

    public static void main(String[] args) {
        String family = args[0];
        int seconds = Integer.parseInt(args[1]);
        for (int k = 2; k < args.length; k++) {
            long seed = Long.parseLong(args[k]);
            PlantedSite.Planted site =
                    switch (family) {
                        case "S" -> PlantedSite.small(seed);
                        case "N" -> PlantedSite.night(seed);
                        default -> PlantedSite.large(seed);
                    };
            var service = new PlanningService(
                    new SolverTuning(seed, 20, Duration.ofMillis(300), EnvironmentMode.REPRODUCIBLE, 0));
            HardMediumSoftScore hidden = service.score(site.problem(), site.hidden());
            int required = site.problem().demands().stream()
                    .mapToInt(d -> d.required())
                    .sum();
            List<Point> points = new ArrayList<>();
            long start = System.nanoTime();
            SolveResult result = service.solve(site.problem(), Duration.ofSeconds(seconds), plan -> {
                points.add(new Point((System.nanoTime() - start) / 1_000_000, plan.getScore()));
            });
            StringBuilder line = new StringBuilder(String.format(
                    "%s seed %d required %d hidden %s | first %s ",
                    family,
                    seed,
                    required,
                    hidden,
                    points.isEmpty()
                            ? "-"
                            : points.get(0).millis() + "ms " + points.get(0).score()));
            String firstHard0 = points.stream()
                    .filter(p -> p.score() != null && p.score().hardScore() == 0)
                    .findFirst()
                    .map(p -> p.millis() + "ms")
                    .orElse("never");
            line.append("| hard0 ").append(firstHard0).append(" |");
            for (int c : new int[] {1, 5, 10, 30, 60, 120, 300}) {
                if (c > seconds) {
                    break;
                }
                HardMediumSoftScore best = null;
                for (Point p : points) {
                    if (p.millis() <= c * 1000L) {
                        best = p.score();
                    }
                }
                line.append(' ').append(c).append("s ").append(best);
            }
            line.append(" | final ").append(result.score()).append(" bound ").append(result.coverageLowerBound());
            System.out.println(line);
        }
    }
}
