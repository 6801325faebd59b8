package it.scacchiera.floorplan;

/**
 * A desk's id: row label (A, B, …, Z, AA, AB, …; row 0 is A) and column number from 1. Orders
 * naturally: row first (shorter label first, then alphabetical, which is row order), then column as
 * a number, so A2 &lt; A10 &lt; Z1 &lt; AA1.
 */
public record DeskId(int row, int column) implements Comparable<DeskId> {
    public DeskId {
        if (row < 0 || column < 1) {
            throw new IllegalArgumentException("row from 0, column from 1");
        }
    }

    /** The desk on grid row {@code row} (from 0) and character {@code index} (from 0). */
    public static DeskId ofCell(int row, int index) {
        return new DeskId(row, index + 1);
    }

    public String label() {
        return rowLabel(row) + column;
    }

    public static String rowLabel(int row) {
        var label = new StringBuilder();
        for (int n = row + 1; n > 0; n = (n - 1) / 26) {
            label.append((char) ('A' + (n - 1) % 26));
        }
        return label.reverse().toString();
    }

    /** Parses a label such as {@code B3} or {@code AA12}; throws IllegalArgumentException otherwise. */
    public static DeskId parse(String label) {
        int letters = 0;
        while (letters < label.length() && label.charAt(letters) >= 'A' && label.charAt(letters) <= 'Z') {
            letters++;
        }
        if (letters == 0 || letters == label.length() || letters > 6) {
            throw new IllegalArgumentException("not a desk id: " + label);
        }
        int row = 0;
        for (int i = 0; i < letters; i++) {
            row = row * 26 + (label.charAt(i) - 'A' + 1);
        }
        String digits = label.substring(letters);
        if (!digits.chars().allMatch(Character::isDigit) || digits.startsWith("0") || digits.length() > 9) {
            throw new IllegalArgumentException("not a desk id: " + label);
        }
        return new DeskId(row - 1, Integer.parseInt(digits));
    }

    @Override
    public int compareTo(DeskId other) {
        int byRow = Integer.compare(row, other.row);
        return byRow != 0 ? byRow : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return label();
    }
}
