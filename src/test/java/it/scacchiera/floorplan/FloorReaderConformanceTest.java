package it.scacchiera.floorplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §1 read word by word, as an outside verifier would try it on files we have never seen. */
class FloorReaderConformanceTest {
    private final FloorReader reader = new FloorReader();

    private static String unescape(String escaped) {
        return escaped.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    }

    @Test
    void read_keysInAnyOrderAndCaseWithCommentsAndBlanksAnywhere_accepted() throws InputException {
        String text = "\n# top\n\nMAX-OCCUPANCY: 01\n   # indented\n\tDistance:\tKing\t\n\n"
                + "CeLL: 0.6 × 0.6\n# between\nName:   Sala Roma  \n\n# last\nGrid:\n DD\n";

        Floor floor = reader.read("roma.floor", text);

        assertEquals("Sala Roma", floor.name());
        assertEquals(1, floor.maxOccupancy());
        assertEquals(DistanceRule.KING, floor.distance());
        assertEquals(new CellSize(new BigDecimal("0.6"), new BigDecimal("0.6")), floor.cell());
        assertEquals(List.of(" DD"), floor.grid());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0.6 x 0.6|0.6|0.6",
                ".5 x .25|0.5|0.25",
                "1. X 2.|1|2",
                "00.60×1|0.6|1",
                "99999999999999999999 x 0.0000000001|99999999999999999999|0.0000000001",
            })
    void read_cellPlainDecimals_accepted(String value, String width, String depth) throws InputException {
        String text = "name: Roma\ncell: " + value + "\ngrid:\n";

        Floor floor = reader.read("roma.floor", text);

        assertEquals(new CellSize(new BigDecimal(width), new BigDecimal(depth)), floor.cell());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1.8m|1.8", "1.8 m|1.8", "1.8 M|1.8", ".9m|0.9", "2.\tm|2", "1.80 m|1.8", "10 m|10"})
    void read_distanceInMetres_accepted(String value, String metres) throws InputException {
        String text = "name: Roma\ndistance: " + value + "\ngrid:\n";

        Floor floor = reader.read("roma.floor", text);

        assertEquals(new DistanceRule.Metric(new BigDecimal(metres)), floor.distance());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"0|0", "01|1", "000|0", "2147483647|2147483647"})
    void read_maxOccupancyWholeNumber_accepted(String value, int expected) throws InputException {
        String text = "name: Roma\nmax-occupancy: " + value + "\ngrid:\n";

        Floor floor = reader.read("roma.floor", text);

        assertEquals(expected, floor.maxOccupancy());
    }

    /** Every bad header value fails at its first character (the key is 6, 10 or 15 columns wide). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "cell: +1 x 1|7",
                "cell: 1e3 x 1|7",
                "cell: -1 x 1|7",
                "cell: 1 x 0.0|7",
                "cell: . x 1|7",
                "cell: 1 x 1 m|7",
                "cell: 1,5 x 1|7",
                "cell: 1 x|7",
                "cell:|6",
                "cell:\\t\\t0 x 1|8",
                "distance: +1 m|11",
                "distance: 1e3 m|11",
                "distance: -1.8 m|11",
                "distance: 0.0 m|11",
                "distance: 1.8|11",
                "distance: 1.8 metres|11",
                "distance: m|11",
                "distance: chess board|11",
                "max-occupancy: +1|16",
                "max-occupancy: -1|16",
                "max-occupancy: 1.5|16",
                "max-occupancy: 1.|16",
                "max-occupancy: 1e3|16",
                "max-occupancy: 2147483648|16",
                "max-occupancy: \u0663|16",
                "max-occupancy: ten|16",
            })
    void read_badHeaderValue_failsAtItsFirstCharacter(String line, int column) {
        String text = "name: Roma\n" + unescape(line) + "\ngrid:\nDD\n";

        var error = assertThrows(InputException.class, () -> reader.read("roma.floor", text));

        assertEquals(new SourcePosition("roma.floor", 2, column), error.position(), error.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // A byte-order mark is not a column.
                "\uFEFFcell: 0 x 1\\nname: a\\ngrid:\\n|1|7",
                "\uFEFFcolour: red\\ngrid:\\n|1|1",
                // A tab is one column; accented letters and emoji are one code point each.
                "name: a\\r\\n\\tcell:\\t0 x 1\\r\\ngrid:\\r\\n|2|8",
                "name: 😀é\\n# é😀\\n  😀é: 1\\ngrid:\\n|3|3",
                "name: a\\nnäme😀: b\\ngrid:\\n|2|1",
                "name: a\\ngrid:\\nDé😀Q\\n|3|2",
                "name: a\\ngrid:\\nD\\n😀D\\n|4|1",
                "name: a\\ngrid:\\n#D D\\n#Dd\\n|4|3",
                "name: a\\ngrid:\\nD\u00A0D\\n|3|2",
                "name: a\\ngrid:\\nDD\\rDD\\n|3|3",
                "name: a\\r\\ngrid:\\r\\nD\\r\\n \\tD\\r\\n|4|2",
                // Unknown or repeated key: at the key, even indented.
                "name: a\\n   Colour: red\\ngrid:\\n|2|4",
                "name: a\\ncell: 1 x 1\\n\\t CELL: 2 x 2\\ngrid:\\n|3|3",
                "name: a\\nmax-occupancy: 3\\nmax-occupancy: 3\\ngrid:\\n|3|1",
                // Missing grid: the line after the last one, column 1.
                "name: a|2|1",
                "name: a\\n|2|1",
                "name: a\\r\\n# end\\r\\n|3|1",
                "name: a\\n\\n\\n|4|1",
                "\uFEFF|1|1",
                "name: a\\n.DD.\\n DD\\nD\\n|5|1",
                "name: a\\ngrid\\nDD\\n|4|1",
                "name: a\\ncolour: red\\n|3|1",
                "name: a\\n# grid: below\\nDD\\n|4|1",
                // Missing name: at the grid: line.
                "cell: 1 x 1\\n# c\\n\\n   grid:\\nD\\n|4|4",
                "GRID:\\nname: a\\n|1|1",
            })
    void read_badFile_failsAtTheSpecPosition(String escaped, int line, int column) {
        String text = unescape(escaped);

        var error = assertThrows(InputException.class, () -> reader.read("roma.floor", text));

        assertEquals(new SourcePosition("roma.floor", line, column), error.position(), error.getMessage());
    }

    @Test
    void read_pathWithoutFileName_failsAsAnUnreadableFile() {
        Path root = Path.of("/");

        assertThrows(IOException.class, () -> reader.read(root));
    }

    @Test
    void read_gridOfRaggedRowsSpacesAndBlankRows_keepsRowNumbers() throws InputException {
        String text = "name: a\ngrid:\n\n   \n  D D  \nD\n\n\n";

        Floor floor = reader.read("roma.floor", text);

        assertEquals(List.of("", "", "  D D", "D"), floor.grid());
        assertEquals(CellKind.DESK, floor.kind(DeskId.parse("C3")));
        assertEquals(CellKind.DESK, floor.kind(DeskId.parse("C5")));
        assertEquals(CellKind.DESK, floor.kind(DeskId.parse("D1")));
        assertEquals(CellKind.OUTSIDE, floor.kind(DeskId.parse("D9")));
        assertEquals(3, floor.deskCount());
    }

    @Test
    void read_gridOfOnlySpaces_loadsWithoutDesks() throws InputException {
        String text = "name: a\ngrid:\n   \n \n";

        Floor floor = reader.read("roma.floor", text);

        assertEquals(List.of(), floor.grid());
        assertEquals(0, ConflictGraph.of(floor).size());
    }

    @Test
    void read_manyRowsAndColumns_idsGoPastZAndPastNine() throws InputException {
        String row = ".".repeat(11) + "D";
        String text = "name: a\ngrid:\n" + (row + "\n").repeat(30);

        ConflictGraph graph = ConflictGraph.of(reader.read("roma.floor", text));

        assertEquals("A12", graph.seat(0).id().label());
        assertEquals("Z12", graph.seat(25).id().label());
        assertEquals("AA12", graph.seat(26).id().label());
        assertEquals("AD12", graph.seat(29).id().label());
    }
}
