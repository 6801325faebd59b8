package it.scacchiera.bench;

import it.scacchiera.bench.planted.PlantedGenerator;
import it.scacchiera.bench.planted.PlantedProblem;
import it.scacchiera.bench.planted.PlantedSite;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.planning.SolveResult;
import it.scacchiera.planning.SolverTuning;
import it.scacchiera.verify.PlanVerifier;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Solves planted sites (a plan with 0 short exists by construction) once each with one time limit and prints,
 * per family and seed, the time to the first plan with no hard violation, the shortfall of the best plan at
 * 5, 10, 30, 60 and 120 s (read from the timestamps of the solver's better plans, not from re-runs), the
 * coverage lower bound and the final shortfall, checked by the independent verifier; then the medians per family.
 */
public final class PlantedBenchmark {
    static final int[] CHECKPOINTS = {5, 10, 30, 60, 120};

    private final PrintStream out;
    private final SolverTuning tuning;

    public PlantedBenchmark(PrintStream out) {
        this(out, SolverTuning.DEFAULT);
    }

    public PlantedBenchmark(PrintStream out, SolverTuning tuning) {
        this.out = out;
        this.tuning = tuning;
    }

    /** One solve's figures; {@code shortAt[i]} is −1 past the limit, Integer.MIN_VALUE − hard when hard rules were broken. */
    record Row(
            String family,
            long seed,
            int desks,
            int operators,
            int required,
            long firstHardZeroMillis,
            int[] shortAt,
            int bound,
            int finalShort,
            int verifiedHard,
            long elapsedMillis) {}

    private record Point(long millis, HardMediumSoftScore score) {}

    public void run(List<String> families, List<Long> seeds, Duration limit) {
        out.println(
                "planted sites, one solve each, limit " + limit.toSeconds() + " s; short at a checkpoint = "
                        + "operators short of demand in the best plan by then (H<n>: that plan broke n hard units; - past the limit)");
        out.println(header());
        for (String family : families) {
            List<Row> rows = new ArrayList<>();
            for (long seed : seeds) {
                Row row = solve(family, seed, limit);
                rows.add(row);
                out.println(line(row));
            }
            if (rows.size() > 1) {
                out.println(medians(rows));
            }
        }
    }

    Row solve(String family, long seed, Duration limit) {
        PlantedSite site = new PlantedGenerator().generate(family, seed);
        PlanningProblem problem = PlantedProblem.of(site);
        List<Point> points = new ArrayList<>();
        long start = System.nanoTime();
        SolveResult result = new PlanningService(tuning).solve(problem, limit, plan -> {
            synchronized (points) {
                points.add(new Point((System.nanoTime() - start) / 1_000_000, plan.getScore()));
            }
        });
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        long firstHardZero = points.stream()
                .filter(p -> p.score() != null && p.score().hardScore() == 0)
                .mapToLong(Point::millis)
                .findFirst()
                .orElse(-1);
        int[] shortAt = new int[CHECKPOINTS.length];
        for (int c = 0; c < CHECKPOINTS.length; c++) {
            shortAt[c] = CHECKPOINTS[c] * 1000L > limit.toMillis() ? -1 : shortAt(points, CHECKPOINTS[c] * 1000L);
        }
        int verifiedHard = new PlanVerifier(
                        problem.rooms(),
                        problem.shifts(),
                        problem.operators(),
                        problem.demands(),
                        problem.horizon(),
                        Set.copyOf(problem.remoteEmployers()),
                        problem.sanitizeMinutes())
                .verify(result.entries())
                .hardCount();
        return new Row(
                family,
                seed,
                site.floors().stream().mapToInt(Floor::deskCount).sum(),
                site.operators().size(),
                site.required(),
                firstHardZero,
                shortAt,
                result.coverageLowerBound(),
                -result.score().mediumScore(),
                verifiedHard,
                elapsed);
    }

    private static int shortAt(List<Point> points, long millis) {
        HardMediumSoftScore best = null;
        synchronized (points) {
            for (Point p : points) {
                if (p.millis() <= millis && p.score() != null) {
                    best = p.score();
                }
            }
        }
        if (best == null) {
            return -2;
        }
        return best.hardScore() < 0 ? Integer.MIN_VALUE - best.hardScore() : -best.mediumScore();
    }

    private static String header() {
        var text = new StringBuilder(
                String.format("%-6s %4s %5s %5s %6s %8s", "family", "seed", "desks", "ops", "req", "hard0ms"));
        for (int c : CHECKPOINTS) {
            text.append(String.format(" %6s", c + "s"));
        }
        return text.append(String.format(" %6s %6s %6s %8s", "bound", "final", "vhard", "ms"))
                .toString();
    }

    private static String line(Row row) {
        var text = new StringBuilder(String.format(
                "%-6s %4d %5d %5d %6d %8s",
                row.family(),
                row.seed(),
                row.desks(),
                row.operators(),
                row.required(),
                row.firstHardZeroMillis() < 0 ? "never" : Long.toString(row.firstHardZeroMillis())));
        for (int value : row.shortAt()) {
            text.append(String.format(" %6s", cell(value)));
        }
        return text.append(String.format(
                        " %6d %6d %6d %8d", row.bound(), row.finalShort(), row.verifiedHard(), row.elapsedMillis()))
                .toString();
    }

    private static String cell(int value) {
        if (value == -1) {
            return "-";
        }
        if (value == -2) {
            return "none";
        }
        return value < 0 ? "H" + (value - Integer.MIN_VALUE) : Integer.toString(value);
    }

    /** Lower medians over the seeds (the 5th of 10). */
    private static String medians(List<Row> rows) {
        long hardZero = median(rows.stream()
                .mapToLong(r -> r.firstHardZeroMillis() < 0 ? Long.MAX_VALUE : r.firstHardZeroMillis())
                .toArray());
        var text = new StringBuilder(String.format(
                "%-6s %4s %5d %5d %6d %8s",
                rows.get(0).family(),
                "med",
                median(rows.stream().mapToLong(Row::desks).toArray()),
                median(rows.stream().mapToLong(Row::operators).toArray()),
                median(rows.stream().mapToLong(Row::required).toArray()),
                hardZero == Long.MAX_VALUE ? "never" : Long.toString(hardZero)));
        for (int c = 0; c < CHECKPOINTS.length; c++) {
            int index = c;
            long[] values =
                    rows.stream().mapToLong(r -> rank(r.shortAt()[index])).toArray();
            long med = median(values);
            String shown = med == Long.MAX_VALUE ? "none" : med == Long.MAX_VALUE - 1 ? "H" : Long.toString(med);
            text.append(String.format(" %6s", rows.get(0).shortAt()[index] == -1 ? "-" : shown));
        }
        return text.append(String.format(
                        " %6d %6d %6s %8d",
                        median(rows.stream().mapToLong(Row::bound).toArray()),
                        median(rows.stream().mapToLong(Row::finalShort).toArray()),
                        "",
                        median(rows.stream().mapToLong(Row::elapsedMillis).toArray())))
                .toString();
    }

    /** A shortfall for the median: a plan breaking hard rules is worse than any, no plan yet worse still. */
    private static long rank(int shortAt) {
        if (shortAt == -2) {
            return Long.MAX_VALUE;
        }
        return shortAt < -2 ? Long.MAX_VALUE - 1 : shortAt;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}
