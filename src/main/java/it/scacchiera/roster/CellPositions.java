package it.scacchiera.roster;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * Where each cell of a CSV text starts: Commons CSV gives a record's character offset, not its
 * cells' columns, so this scans the raw text again with the same quoting rules (RFC 4180).
 */
final class CellPositions {
    private final String text;
    private final char delimiter;
    private final int[] lineStarts;

    CellPositions(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
        var starts = new ArrayList<Integer>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Physical line, from 1, of the character at {@code offset}. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Column, from 1 in code points, of the character at {@code offset} in its physical line. */
    int columnOf(int offset) {
        int lineStart = lineStarts[lineOf(offset) - 1];
        return text.codePointCount(lineStart, offset) + 1;
    }

    /**
     * The cells of the record starting at {@code recordStart}: all on the record's first line, each
     * at the column of its first character in the physical line where it starts; one more entry
     * after the last cell marks the record's end, where a missing cell is reported.
     */
    RecordCells cellsOf(int recordStart) {
        int first = firstCharacter(recordStart);
        var columns = new ArrayList<Integer>();
        int i = first;
        boolean cellStart = true;
        boolean quoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (cellStart) {
                columns.add(columnOf(i));
                cellStart = false;
                if (c == '"') {
                    quoted = true;
                    i++;
                    continue;
                }
            }
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == delimiter) {
                cellStart = true;
            } else if (c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        if (cellStart) {
            columns.add(columnOf(Math.min(i, text.length())));
        }
        int end = columnOf(Math.min(i, text.length()));
        return new RecordCells(
                lineOf(first), columns.stream().mapToInt(Integer::intValue).toArray(), end);
    }

    /** Commons CSV counts a record from the end of the previous one, skipped empty lines included. */
    int firstCharacter(int recordStart) {
        int i = recordStart;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    /** A record's first line, its cells' columns and the column just after its last character. */
    record RecordCells(int line, int[] columns, int endColumn) {
        int columnOf(int cell) {
            return cell < columns.length ? columns[cell] : endColumn;
        }
    }
}
