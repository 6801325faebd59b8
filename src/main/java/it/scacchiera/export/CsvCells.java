package it.scacchiera.export;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 tokenizer that remembers where each cell starts (Commons CSV does not), so that
 * every error can name the line and column of the offending cell. Accepts a BOM and CRLF.
 */
final class CsvCells {
    /** One cell: its text (quotes removed) and the position of its first character. */
    record Cell(String value, int line, int column) {}

    /** One record: the line it starts on, its cells, and where it ends (just after its last character). */
    record Row(int line, List<Cell> cells, int endLine, int endColumn) {}

    private CsvCells() {}

    /** The delimiter the header uses: {@code ';'} when it has more semicolons than commas outside quotes. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    static List<Row> parse(String file, String text, char delimiter) throws InputException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int line = 1;
        int column = 1;
        int rowLine = 1;
        int cellLine = 1;
        int cellColumn = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int quoteLine = 0;
        int quoteColumn = 0;
        int i = 0;
        while (i < body.length()) {
            int cp = body.codePointAt(i);
            int width = Character.charCount(cp);
            if (quoted) {
                if (cp == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    value.append('"');
                    i += 2;
                    column += 2;
                    continue;
                }
                if (cp == '"') {
                    quoted = false;
                } else {
                    value.appendCodePoint(cp);
                }
                if (cp == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                i += width;
                continue;
            }
            if (cp == delimiter) {
                cells.add(new Cell(value.toString(), cellLine, cellColumn));
                value.setLength(0);
                wasQuoted = false;
                i++;
                column++;
                cellLine = line;
                cellColumn = column;
                continue;
            }
            if (cp == '\r' || cp == '\n') {
                cells.add(new Cell(value.toString(), cellLine, cellColumn));
                if (!(cells.size() == 1 && cells.get(0).value().isEmpty() && !wasQuoted)) {
                    rows.add(new Row(rowLine, List.copyOf(cells), line, column));
                }
                cells.clear();
                value.setLength(0);
                wasQuoted = false;
                i += cp == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                column = 1;
                rowLine = line;
                cellLine = line;
                cellColumn = 1;
                continue;
            }
            if (cp == '"') {
                if (value.length() > 0 || wasQuoted) {
                    throw new InputException(
                            new SourcePosition(file, line, column),
                            "quote inside a cell",
                            "a cell wholly in double quotes, with inner quotes doubled");
                }
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
                quoteColumn = column;
                i++;
                column++;
                continue;
            }
            if (wasQuoted) {
                throw new InputException(
                        new SourcePosition(file, line, column),
                        "text after a closing quote",
                        "'" + delimiter + "' or the end of the line");
            }
            value.appendCodePoint(cp);
            i += width;
            column++;
        }
        if (quoted) {
            throw new InputException(
                    new SourcePosition(file, quoteLine, quoteColumn), "quote never closed", "a closing \"");
        }
        if (value.length() > 0 || !cells.isEmpty() || wasQuoted) {
            cells.add(new Cell(value.toString(), cellLine, cellColumn));
            rows.add(new Row(rowLine, List.copyOf(cells), line, column));
        }
        return rows;
    }
}
