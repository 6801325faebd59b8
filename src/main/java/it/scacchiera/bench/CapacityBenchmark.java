package it.scacchiera.bench;

import it.scacchiera.floorplan.Capacity;
import it.scacchiera.floorplan.CapacityResult;
import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times {@link Capacity#compute} on generated call-centre rooms of 100 to 10,000 desks under each kind
 * of rule. A room stacks bands: benches of facing desk rows with a screen between them and cross
 * aisles, pods of 2 × 2 and 2 × 3 desks (some split by screens), and an open hall full of desks with
 * pillars and screen stubs; the right wall steps in and out so the outline is not a rectangle. S posts
 * sit at bench ends and a few desks are out of service. Rooms are seeded, so runs compare.
 */
public final class CapacityBenchmark {
    static final int[] SIZES = {100, 500, 2_000, 10_000};
    private static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    private static final Duration HALL_TIME_LIMIT = Duration.ofSeconds(2);

    private CapacityBenchmark() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("halls")) {
            squareHalls(System.out);
        } else {
            run(System.out);
        }
    }

    /** Square open halls of 30 × 30 to 45 × 45 cells, pillars every 7 cells, 2 s each (the issue's limit). */
    static void squareHalls(PrintStream out) {
        out.println("Square open halls, pillars every 7 cells each way, 2 s limit");
        out.printf(
                "%-22s %7s %7s %8s %8s %8s %8s %9s%n",
                "rule", "side", "desks", "capacity", "bound", "naive", "status", "ms");
        for (Rule rule : rules()) {
            if (rule.distance() == DistanceRule.CHECKERBOARD) {
                continue;
            }
            for (int side = 30; side <= 45; side += 5) {
                Floor floor = squareHall(side, rule);
                ConflictGraph graph = ConflictGraph.of(floor);
                long start = System.nanoTime();
                CapacityResult result = Capacity.compute(graph, HALL_TIME_LIMIT);
                long time = System.nanoTime() - start;
                out.printf(
                        "%-22s %7d %7d %8d %8d %8d %8s %9.1f%n",
                        rule.label(),
                        side,
                        result.desks(),
                        result.capacity(),
                        result.upperBound(),
                        result.naiveChessboard(),
                        result.optimal() ? "optimal" : "bound",
                        time / 1e6);
            }
        }
    }

    public static void run(PrintStream out) {
        run(out, SIZES, 3);
    }

    static void run(PrintStream out, int[] sizes, int repeats) {
        out.println("Mixed rooms: benches, pods, shallow open halls");
        out.printf(
                "%-22s %7s %8s %8s %8s %8s %9s%n",
                "rule", "desks", "capacity", "bound", "naive", "status", "median ms");
        for (Rule rule : rules()) {
            for (int size : sizes) {
                measure(out, rule, room(size, rule, size), repeats);
            }
        }
        if (Arrays.stream(sizes).anyMatch(size -> size >= 2_000)) {
            out.println("Square open hall, 45 x 45 desks, a pillar every 7 cells each way");
            for (Rule rule : rules()) {
                measure(out, rule, squareHall(45, rule), 1);
            }
        }
    }

    private static void measure(PrintStream out, Rule rule, Floor floor, int repeats) {
        ConflictGraph graph = ConflictGraph.of(floor);
        long[] times = new long[repeats];
        CapacityResult result = null;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            result = Capacity.compute(graph, TIME_LIMIT);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        out.printf(
                "%-22s %7d %8d %8d %8d %8s %9.1f%n",
                rule.label(),
                result.desks(),
                result.capacity(),
                result.upperBound(),
                result.naiveChessboard(),
                result.optimal() ? "optimal" : "bound",
                times[repeats / 2] / 1e6);
    }

    /** A square hall full of desks with single-cell pillars: the hardest shape for the exact search. */
    static Floor squareHall(int side, Rule rule) {
        List<String> grid = new ArrayList<>();
        for (int r = 0; r < side; r++) {
            var row = new StringBuilder();
            for (int c = 0; c < side; c++) {
                row.append(r % 7 == 3 && c % 7 == 3 ? '#' : 'D');
            }
            grid.add(row.toString());
        }
        return new Floor("hall-" + side, "Hall", List.of(), rule.cell(), rule.distance(), Floor.NO_LIMIT, grid);
    }

    record Rule(String label, DistanceRule distance, CellSize cell) {}

    static List<Rule> rules() {
        return List.of(
                new Rule("checkerboard", DistanceRule.CHECKERBOARD, CellSize.DEFAULT),
                new Rule("king", DistanceRule.KING, CellSize.DEFAULT),
                new Rule(
                        "1.8 m, 0.6 m cells",
                        metric("1.8"),
                        new CellSize(new BigDecimal("0.6"), new BigDecimal("0.6"))),
                new Rule("2.0 m, 1.0 m cells", metric("2.0"), CellSize.DEFAULT),
                // a disc, not a square, of neighbours: defeats reductions and clique bounds
                new Rule("2.5 m, 1.0 m cells", metric("2.5"), CellSize.DEFAULT));
    }

    private static DistanceRule metric(String metres) {
        return new DistanceRule.Metric(new BigDecimal(metres));
    }

    /** A room of about {@code desks} D desks (a little more: the last band is completed). */
    static Floor room(int desks, Rule rule, long seed) {
        var random = new Random(seed);
        int width = Math.max(16, (int) Math.round(Math.sqrt(desks) * 1.5));
        List<StringBuilder> rows = new ArrayList<>();
        rows.add(new StringBuilder("#".repeat(width)));
        int count = 0;
        for (int band = 0; count < desks; band++) {
            List<String> lines =
                    switch (band % 3) {
                        case 0 -> benches(width - 2, random);
                        case 1 -> pods(width - 2, random);
                        default -> hall(width - 2, random);
                    };
            for (String line : lines) {
                rows.add(new StringBuilder("#" + line + "#"));
                count += (int) line.chars().filter(ch -> ch == 'D').count();
            }
            rows.add(new StringBuilder("#" + ".".repeat(width - 2) + "#"));
        }
        rows.add(new StringBuilder("#".repeat(width)));
        stepOutline(rows, random);
        List<String> grid = rows.stream()
                .map(StringBuilder::toString)
                .map(String::stripTrailing)
                .toList();
        return new Floor(
                "bench-" + desks, "Benchmark " + desks, List.of(), rule.cell(), rule.distance(), Floor.NO_LIMIT, grid);
    }

    /** Two facing rows of desks, a screen row between them, cross aisles every 6 to 8 desks. */
    private static List<String> benches(int width, Random random) {
        var front = new StringBuilder();
        var screen = new StringBuilder();
        var back = new StringBuilder();
        int run = 0;
        int length = 6 + random.nextInt(3);
        for (int c = 0; c < width; c++) {
            boolean aisle = run == length || c == 0 || c == width - 1;
            char desk = aisle ? '.' : random.nextInt(40) == 0 ? 'X' : 'D';
            front.append(aisle ? '.' : run == 0 && random.nextInt(3) == 0 ? 'S' : desk);
            screen.append(aisle ? '.' : '-');
            back.append(desk);
            run = aisle ? 0 : run + 1;
        }
        return List.of(front.toString(), screen.toString(), back.toString());
    }

    /** Pods of 2 × 2 or 2 × 3 desks with walkways; some pods have a screen through the middle. */
    private static List<String> pods(int width, Random random) {
        var top = new StringBuilder(".");
        var bottom = new StringBuilder(".");
        while (top.length() < width - 4) {
            int podWidth = 2 + random.nextInt(2);
            boolean split = random.nextBoolean();
            for (int i = 0; i < podWidth; i++) {
                top.append(split && i == 1 ? '|' : 'D');
                bottom.append(split && i == 1 ? '|' : 'D');
            }
            top.append('.');
            bottom.append('.');
        }
        String pad = ".".repeat(width - top.length());
        return List.of(top + pad, bottom + pad);
    }

    /** An open hall full of desks, 2 × 2 pillars on a loose grid, a few screen stubs. */
    private static List<String> hall(int width, Random random) {
        int height = 6 + random.nextInt(5);
        char[][] cells = new char[height][width];
        for (char[] row : cells) {
            Arrays.fill(row, 'D');
        }
        for (int r = 2; r + 1 < height; r += 5) {
            for (int c = 3 + random.nextInt(3); c + 1 < width; c += 6 + random.nextInt(4)) {
                cells[r][c] = '#';
                cells[r][c + 1] = '#';
                cells[r + 1][c] = '#';
                cells[r + 1][c + 1] = '#';
            }
        }
        for (int stub = 0; stub < width / 12; stub++) {
            int r = random.nextInt(height);
            int c = random.nextInt(width - 3);
            char kind = random.nextBoolean() ? '-' : '|';
            for (int i = 0; i < 3; i++) {
                if (kind == '-') {
                    cells[r][c + i] = cells[r][c + i] == '#' ? '#' : '-';
                } else if (r + i < height) {
                    cells[r + i][c] = cells[r + i][c] == '#' ? '#' : '|';
                }
            }
        }
        return Arrays.stream(cells).map(String::new).toList();
    }

    /** Cuts the right side of some stretches of rows back behind a wall, leaving outside cells. */
    private static void stepOutline(List<StringBuilder> rows, Random random) {
        int r = 1;
        while (r < rows.size() - 1) {
            int stretch = 4 + random.nextInt(8);
            int cut = random.nextInt(3) == 0 ? 2 + random.nextInt(4) : 0;
            for (int i = r; i < Math.min(rows.size() - 1, r + stretch) && cut > 0; i++) {
                StringBuilder row = rows.get(i);
                int keep = row.length() - cut;
                row.setLength(keep);
                row.setCharAt(keep - 1, '#');
            }
            r += stretch;
        }
    }
}
