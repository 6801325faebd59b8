package it.scacchiera.floorplan;

import java.util.List;

/**
 * One room as its floorplan file describes it (SPEC §1). The grid is kept as text rows, trailing
 * spaces and trailing empty rows removed, so that read → write → read gives an equal Floor.
 *
 * @param id the file name without {@code .floor}
 * @param comments the header's comment lines, without the leading {@code #}, in file order
 * @param maxOccupancy most people at once, S posts included; {@link #NO_LIMIT} when the file sets none
 */
public record Floor(
        String id,
        String name,
        List<String> comments,
        CellSize cell,
        DistanceRule distance,
        int maxOccupancy,
        List<String> grid) {
    public static final int NO_LIMIT = -1;

    public Floor {
        comments = List.copyOf(comments);
        grid = tidy(grid);
        if (maxOccupancy < NO_LIMIT) {
            throw new IllegalArgumentException("max-occupancy must be >= 0");
        }
    }

    /** Trailing spaces and trailing empty rows are outside the room anyway: drop them, so equal rooms are equal. */
    private static List<String> tidy(List<String> rows) {
        var tidy = new java.util.ArrayList<String>(rows.size());
        for (String row : rows) {
            tidy.add(row.replaceFirst(" +$", ""));
        }
        while (!tidy.isEmpty() && tidy.get(tidy.size() - 1).isEmpty()) {
            tidy.remove(tidy.size() - 1);
        }
        return List.copyOf(tidy);
    }

    public boolean hasOccupancyLimit() {
        return maxOccupancy != NO_LIMIT;
    }

    /** The occupancy cap, or Integer.MAX_VALUE when there is none. */
    public int occupancyLimit() {
        return hasOccupancyLimit() ? maxOccupancy : Integer.MAX_VALUE;
    }

    public int rows() {
        return grid.size();
    }

    /** Length of the longest row. */
    public int columns() {
        return grid.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The kind of the cell at row {@code r}, index {@code c} (both from 0); OUTSIDE beyond the grid. */
    public CellKind kind(int r, int c) {
        if (r < 0 || r >= grid.size() || c < 0) {
            return CellKind.OUTSIDE;
        }
        String row = grid.get(r);
        return c < row.length() ? CellKind.of(row.charAt(c)) : CellKind.OUTSIDE;
    }

    public CellKind kind(DeskId id) {
        return kind(id.row(), id.column() - 1);
    }

    /** The same room with {@code desks} out of service ({@code X}): a seat pattern of it avoids them. */
    public Floor without(List<DeskId> desks) {
        List<StringBuilder> rows = new java.util.ArrayList<>();
        grid.forEach(row -> rows.add(new StringBuilder(row)));
        for (DeskId desk : desks) {
            rows.get(desk.row()).setCharAt(desk.column() - 1, CellKind.OUT_OF_SERVICE.symbol());
        }
        return new Floor(
                id,
                name,
                comments,
                cell,
                distance,
                maxOccupancy,
                rows.stream().map(StringBuilder::toString).toList());
    }

    /** How many assignable desks ({@code D}) the room has. */
    public int deskCount() {
        return (int) grid.stream()
                .flatMapToInt(String::chars)
                .filter(ch -> ch == CellKind.DESK.symbol())
                .count();
    }
}
