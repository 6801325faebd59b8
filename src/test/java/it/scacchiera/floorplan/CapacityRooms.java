package it.scacchiera.floorplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Floors for capacity tests, built as records (no file reader needed). */
final class CapacityRooms {
    private CapacityRooms() {}

    static Floor floor(DistanceRule rule, CellSize cell, int maxOccupancy, String... grid) {
        return new Floor("room", "Room", List.of(), cell, rule, maxOccupancy, List.of(grid));
    }

    static Floor floor(DistanceRule rule, String... grid) {
        return floor(rule, CellSize.DEFAULT, Floor.NO_LIMIT, grid);
    }

    static DistanceRule metres(String metres) {
        return new DistanceRule.Metric(new BigDecimal(metres));
    }

    static CellSize cell(String width, String depth) {
        return new CellSize(new BigDecimal(width), new BigDecimal(depth));
    }

    static String[] full(int rows, int columns) {
        String[] grid = new String[rows];
        for (int r = 0; r < rows; r++) {
            grid[r] = "D".repeat(columns);
        }
        return grid;
    }

    /**
     * A small random room, at most {@code maxDesks} D desks, with walls, screens, X, S, floor and
     * outside cells, one of the rules (metric ones on assorted cell sizes), and sometimes a cap.
     */
    static Floor random(Random random, int maxDesks) {
        int rows = 1 + random.nextInt(6);
        int columns = 1 + random.nextInt(8);
        String cells = "DDDDDDDD..#|-XS ";
        List<String> grid = new ArrayList<>();
        int desks = 0;
        for (int r = 0; r < rows; r++) {
            var row = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                char ch = cells.charAt(random.nextInt(cells.length()));
                if (ch == 'D' && desks == maxDesks) {
                    ch = '.';
                }
                desks += ch == 'D' ? 1 : 0;
                row.append(ch);
            }
            grid.add(row.toString().stripTrailing());
        }
        int maxOccupancy = random.nextInt(3) == 0 ? random.nextInt(8) : Floor.NO_LIMIT;
        return new Floor("random", "Random", List.of(), randomCell(random), randomRule(random), maxOccupancy, grid);
    }

    private static DistanceRule randomRule(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> DistanceRule.CHECKERBOARD;
            case 1 -> DistanceRule.KING;
            case 2 -> metres("1.8");
            case 3 -> metres("2");
            default -> metres(List.of("1", "1.5", "2.5", "3").get(random.nextInt(4)));
        };
    }

    private static CellSize randomCell(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> cell("0.6", "0.6");
            case 1 -> CellSize.DEFAULT;
            case 2 -> cell("1.2", "0.8");
            default -> cell("0.9", "1.5");
        };
    }
}
