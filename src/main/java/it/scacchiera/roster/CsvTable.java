package it.scacchiera.roster;

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
            while (next(records, parser, fileName, body)) {
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
            throw malformed(fileName, 1, e);
        }
        if (header == null) {
            checkRequired(fileName, 1, Map.of(), required);
        }
        return new CsvTable(fileName, rows);
    }

    String fileName() {
        return fileName;
    }

    List<CsvRow> rows() {
        return rows;
    }

    private static char delimiterOf(String body) {
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
    private static boolean next(Iterator<CSVRecord> records, CSVParser parser, String fileName, String body)
            throws InputException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            int unclosed = unclosedQuoteLine(body);
            throw malformed(fileName, unclosed > 0 ? unclosed : (int) Math.max(1, parser.getCurrentLineNumber()), e);
        }
    }

    private static InputException malformed(String fileName, int line, Exception e) {
        String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        return new InputException(
                new SourcePosition(fileName, line, 1),
                "malformed CSV: " + cause,
                "RFC 4180 cells: a quoted cell ends with a quote right before the delimiter or line end");
    }

    /** Line of the quote left open at the end of the text, or 0 when every quote is closed. */
    private static int unclosedQuoteLine(String body) {
        boolean quoted = false;
        int line = 1;
        int quoteLine = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                quoteLine = quoted ? line : quoteLine;
            } else if (c == '\n') {
                line++;
            }
        }
        return quoted ? quoteLine : 0;
    }
}
