package it.scacchiera.roster;

import it.scacchiera.input.ControlCharacters;
import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A planning CSV read with Commons CSV, each cell kept with its place in the file (SPEC §2). The
 * delimiter, {@code ,} or {@code ;}, is the one that appears more often in the header line outside
 * quotes. Header names are case-insensitive; unknown columns are ignored.
 */
final class CsvTable {
    private static final char BOM = '\uFEFF';

    private final String fileName;
    private final List<CsvRow> rows;

    private CsvTable(String fileName, List<CsvRow> rows) {
        this.fileName = fileName;
        this.rows = List.copyOf(rows);
    }

    /** Parses {@code text}; fails at line 1, column 1, when one of {@code required} columns is missing. */
    static CsvTable parse(String fileName, String text, List<String> required) throws InputException {
        String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        char delimiter = delimiterOf(body);
        var format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        var positions = new CellPositions(body, delimiter);
        var rows = new ArrayList<CsvRow>();
        Map<String, Integer> header = null;
        try (CSVParser parser = CSVParser.parse(body, format)) {
            var records = parser.iterator();
            while (next(records, parser, fileName, body, delimiter)) {
                CSVRecord record = records.next();
                int start = positions.firstCharacter((int) record.getCharacterPosition());
                if (header == null) {
                    header = headerOf(record);
                    checkRequired(fileName, positions.lineOf(start), header, required);
                    continue;
                }
                if (Arrays.stream(record.values()).allMatch(String::isBlank)) {
                    continue; // a line of blanks or bare delimiters, as spreadsheets leave behind
                }
                rows.add(new CsvRow(fileName, header, record.values(), positions.cellsOf(start)));
            }
        } catch (IOException e) {
            throw malformed(fileName, 1, 1, e);
        }
        if (header == null) {
            checkRequired(fileName, 1, Map.of(), required);
        }
        ControlCharacters.check(fileName, body, delimiter);
        return new CsvTable(fileName, rows);
    }

    String fileName() {
        return fileName;
    }

    List<CsvRow> rows() {
        return rows;
    }

    /** The header's delimiter: {@code ;} when it outnumbers {@code ,} outside quotes. */
    static char delimiterOf(String body) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static Map<String, Integer> headerOf(CSVRecord record) {
        var header = new HashMap<String, Integer>();
        for (int i = 0; i < record.size(); i++) {
            // the first of two equal names wins, as a spreadsheet user reads left to right
            header.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return header;
    }

    private static void checkRequired(String fileName, int line, Map<String, Integer> header, List<String> required)
            throws InputException {
        for (String column : required) {
            if (!header.containsKey(column)) {
                throw new InputException(
                        new SourcePosition(fileName, line, 1),
                        "missing column '" + column + "' in the header",
                        "a header naming " + String.join(", ", required));
            }
        }
    }

    // Commons CSV reads a record when asked whether there is one, and fails there on bad quoting
    private static boolean next(
            Iterator<CSVRecord> records, CSVParser parser, String fileName, String body, char delimiter)
            throws InputException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            var positions = new CellPositions(body, delimiter);
            int bad = badQuote(body, delimiter);
            int line = bad >= 0 ? positions.lineOf(bad) : (int) Math.max(1, parser.getCurrentLineNumber());
            int column = bad >= 0 ? positions.columnOf(bad) : 1;
            throw malformed(fileName, line, column, e);
        }
    }

    private static InputException malformed(String fileName, int line, int column, Exception e) {
        String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        return new InputException(
                new SourcePosition(fileName, line, column),
                "malformed CSV: " + cause,
                "RFC 4180 cells: a quoted cell ends with a quote right before the delimiter or line end");
    }

    /**
     * Offset of the first quoting error as Commons CSV reads RFC 4180: the character after a closing
     * quote (and any blanks) that is neither the delimiter nor a line end, else the opening quote
     * never closed; -1 when there is none. A quote inside an unquoted cell is text.
     */
    private static int badQuote(String body, char delimiter) {
        boolean cellStart = true;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (cellStart && c == '"') {
                int open = i++;
                while (i < body.length() && !(body.charAt(i) == '"' && !body.startsWith("\"\"", i))) {
                    i += body.startsWith("\"\"", i) ? 2 : 1;
                }
                if (i >= body.length()) {
                    return open;
                }
                i++; // the closing quote; Commons CSV lets blanks follow it
                while (i < body.length() && body.charAt(i) != delimiter && isBlank(body.charAt(i))) {
                    i++;
                }
                if (i < body.length()
                        && body.charAt(i) != delimiter
                        && body.charAt(i) != '\n'
                        && body.charAt(i) != '\r') {
                    return i;
                }
                cellStart = false;
                continue;
            }
            cellStart = c == delimiter || c == '\n' || c == '\r';
            i++;
        }
        return -1;
    }

    private static boolean isBlank(char c) {
        return c != '\n' && c != '\r' && Character.isWhitespace(c);
    }
}
