package it.scacchiera.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each cell of a CSV text begins and ends, quotes included, with the RFC 4180 rules Commons CSV reads
 * by: so that one cell can be replaced while every other character of the file stays as the user saved it.
 */
final class CsvCellRanges {
    /** One record: its cells' {@code [start, end)} offsets in the text, and the offset where it ends. */
    record Line(List<int[]> cells, int end) {
        /** The cell's value, unquoted, without surrounding blanks; empty when the record is shorter. */
        String value(String text, int cell) {
            if (cell >= cells.size()) {
                return "";
            }
            String raw = text.substring(cells.get(cell)[0], cells.get(cell)[1]).strip();
            if (raw.startsWith("\"") && raw.length() > 1) {
                raw = raw.substring(1, raw.lastIndexOf('"')).replace("\"\"", "\"");
            }
            return raw.strip();
        }

        boolean quoted(String text, int cell) {
            return cell < cells.size() && text.startsWith("\"", cells.get(cell)[0]);
        }
    }

    private CsvCellRanges() {}

    /** Records from {@code start} on; empty lines are not records, as Commons CSV skips them too. */
    static List<Line> of(String text, int start, char delimiter) {
        var lines = new ArrayList<Line>();
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                i++;
                continue;
            }
            var cells = new ArrayList<int[]>();
            int cellStart = i;
            boolean quoted = false;
            boolean atCellStart = true;
            while (i < text.length()) {
                c = text.charAt(i);
                if (atCellStart) {
                    atCellStart = false;
                    quoted = c == '"';
                    if (quoted) {
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
                    cells.add(new int[] {cellStart, i});
                    cellStart = i + 1;
                    atCellStart = true;
                } else if (c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            cells.add(new int[] {cellStart, i});
            lines.add(new Line(cells, i));
        }
        return lines;
    }
}
