package it.scacchiera.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random tables written out by hand, quoting where needed: every cell is found where it was written. */
class CellPositionsTest {
    // No line break: a quoted cell may hold the delimiter and quotes, but no control character but tab (SPEC §5)
    private static final String[] PIECES = {"a", "Rossi", "è", "\uD83D\uDE00", ",", ";", "\"", "\t", " ", "|", "7"};

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void parse_randomTable_everyCellAtItsWrittenPlace(int seed) throws InputException {
        var random = new Random(seed);
        char delimiter = random.nextBoolean() ? ',' : ';';
        String lineEnd = random.nextBoolean() ? "\n" : "\r\n";
        int columns = 1 + random.nextInt(6);
        var text = new StringBuilder();
        var header = new ArrayList<String>();
        for (int c = 0; c < columns; c++) {
            header.add("c" + c);
        }
        text.append(String.join(String.valueOf(delimiter), header)).append(lineEnd);
        int line = 2;
        var cells = new ArrayList<List<String>>();
        var places = new ArrayList<List<SourcePosition>>();
        int rows = 1 + random.nextInt(8);
        for (int r = 0; r < rows; r++) {
            var rowCells = new ArrayList<String>();
            var rowPlaces = new ArrayList<SourcePosition>();
            int recordLine = line;
            int column = 1;
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    text.append(delimiter);
                    column++;
                }
                String cell = c == 0 ? "id" + r : randomCell(random);
                rowCells.add(cell);
                rowPlaces.add(new SourcePosition("t.csv", recordLine, column));
                String written = needsQuotes(cell, delimiter) ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
                text.append(written);
                for (int i = 0; i < written.length(); ) {
                    int codePoint = written.codePointAt(i);
                    column = codePoint == '\n' ? 1 : column + 1;
                    line += codePoint == '\n' ? 1 : 0;
                    i += Character.charCount(codePoint);
                }
            }
            text.append(lineEnd);
            line++;
            cells.add(rowCells);
            places.add(rowPlaces);
        }

        var table = CsvTable.parse("t.csv", text.toString(), List.of("c0"));

        assertEquals(rows, table.rows().size(), "seed " + seed);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                var row = table.rows().get(r);
                assertEquals(cells.get(r).get(c).strip(), row.get("c" + c), "seed " + seed);
                assertEquals(places.get(r).get(c), row.at("c" + c), "seed " + seed + " row " + r + " col " + c);
            }
        }
    }

    private static String randomCell(Random random) {
        var cell = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            cell.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return cell.toString();
    }

    private static boolean needsQuotes(String cell, char delimiter) {
        return cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\t");
    }
}
