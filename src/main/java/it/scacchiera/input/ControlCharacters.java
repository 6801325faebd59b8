package it.scacchiera.input;

/**
 * Control characters in a CSV's cells are bad input (SPEC §5): an escape sequence in a name would
 * reach the terminal through every message that quotes the cell. A tab is text inside a quoted
 * cell only; line ends outside quotes end records. Shared by every CSV reader.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /**
     * Fails at the line and column of the first control character in a cell of {@code body} (RFC 4180
     * quoting with {@code delimiter}; without a byte-order mark).
     */
    public static void check(String fileName, String body, char delimiter) throws InputException {
        int line = 1;
        int column = 1;
        boolean cellStart = true;
        boolean quoted = false;
        int i = 0;
        while (i < body.length()) {
            int cp = body.codePointAt(i);
            int width = Character.charCount(cp);
            if (quoted && cp == '"') {
                boolean doubled = i + 1 < body.length() && body.charAt(i + 1) == '"';
                quoted = doubled; // "" is a quote inside the cell, a single " closes it
                i += doubled ? 2 : 1;
                column += doubled ? 2 : 1;
                continue;
            }
            if (!quoted && (cp == '\n' || cp == '\r')) {
                i += cp == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                column = 1;
                cellStart = true;
                continue;
            }
            if (Character.isISOControl(cp) && !(quoted && cp == '\t')) {
                throw new InputException(
                        new SourcePosition(fileName, line, column),
                        "control character " + String.format("U+%04X", cp) + " in a cell",
                        "printable text (a tab only inside a quoted cell)");
            }
            if (!quoted && cellStart && cp == '"') {
                quoted = true;
            }
            cellStart = !quoted && cp == delimiter;
            i += width;
            column++;
        }
    }
}
