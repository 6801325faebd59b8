package it.scacchiera.ui.editor;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.input.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The room being edited: header values as typed and a rectangular grid padded with spaces. It becomes
 * a Floor through the real reader, so the editor accepts exactly what a {@code .floor} file may hold
 * and shows the reader's own error, with its position.
 */
final class FloorDraft {
    private final String id;
    private final List<String> comments;
    private final Map<HeaderField, String> header = new EnumMap<>(HeaderField.class);
    private final List<char[]> rows = new ArrayList<>();
    private int columns;

    FloorDraft(Floor floor) {
        this.id = floor.id();
        this.comments = floor.comments();
        header.put(HeaderField.NAME, floor.name());
        header.put(HeaderField.CELL, floor.cell().text());
        header.put(HeaderField.DISTANCE, floor.distance().text());
        header.put(HeaderField.MAX_OCCUPANCY, floor.hasOccupancyLimit() ? String.valueOf(floor.maxOccupancy()) : "");
        columns = floor.columns();
        for (int r = 0; r < floor.rows(); r++) {
            char[] row = new char[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = floor.kind(r, c).symbol();
            }
            rows.add(row);
        }
    }

    String id() {
        return id;
    }

    int rows() {
        return rows.size();
    }

    int columns() {
        return columns;
    }

    char cell(int row, int column) {
        return rows.get(row)[column];
    }

    void setCell(int row, int column, char symbol) {
        rows.get(row)[column] = symbol;
    }

    String header(HeaderField field) {
        return header.get(field);
    }

    void setHeader(HeaderField field, String value) {
        header.put(field, value);
    }

    /** Grows the grid by blank rows and columns at the bottom and right, or shrinks it back. */
    void resize(int rowCount, int columnCount) {
        while (rows.size() > rowCount) {
            rows.remove(rows.size() - 1);
        }
        for (int r = 0; r < rows.size(); r++) {
            char[] wider = new char[columnCount];
            Arrays.fill(wider, CellKind.OUTSIDE.symbol());
            System.arraycopy(rows.get(r), 0, wider, 0, Math.min(columns, columnCount));
            rows.set(r, wider);
        }
        while (rows.size() < rowCount) {
            char[] blank = new char[columnCount];
            Arrays.fill(blank, CellKind.OUTSIDE.symbol());
            rows.add(blank);
        }
        columns = columnCount;
    }

    /** The draft as the text of its {@code .floor} file. */
    String text() {
        var text = new StringBuilder();
        comments.forEach(comment -> text.append('#').append(comment).append('\n'));
        for (HeaderField field : HeaderField.values()) {
            String value = header.get(field);
            if (field != HeaderField.MAX_OCCUPANCY || !value.isBlank()) { // no cap is written as no line
                text.append(field.key()).append(": ").append(value).append('\n');
            }
        }
        text.append("grid:\n");
        rows.forEach(row -> text.append(new String(row).stripTrailing()).append('\n'));
        return text.toString();
    }

    Floor toFloor(FloorReader reader) throws InputException {
        return reader.read(id + ".floor", text());
    }
}
