package it.scacchiera.floorplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FloorReaderTest {
    private final FloorReader reader = new FloorReader();

    @TempDir
    Path dir;

    @Test
    void read_specExample_givesEveryField() throws InputException {
        String text = """
                # Sala Roma, first floor
                name: Sala Roma
                cell: 1.2 x 1.5
                distance: checkerboard
                max-occupancy: 40
                grid:
                ##########
                #DD.DD.SD#
                #DD.--.DD#
                #........#
                ##########
                """;

        Floor floor = reader.read("sala-roma.floor", text);

        assertEquals(
                new Floor(
                        "sala-roma",
                        "Sala Roma",
                        List.of(" Sala Roma, first floor"),
                        new CellSize(new BigDecimal("1.2"), new BigDecimal("1.5")),
                        DistanceRule.CHECKERBOARD,
                        40,
                        List.of("##########", "#DD.DD.SD#", "#DD.--.DD#", "#........#", "##########")),
                floor);
    }

    @Test
    void read_onlyNameAndGrid_takesDefaults() throws InputException {
        String text = "name: Roma\ngrid:\nDD\n";

        Floor floor = reader.read("roma.floor", text);

        assertEquals(CellSize.DEFAULT, floor.cell());
        assertEquals(DistanceRule.CHECKERBOARD, floor.distance());
        assertEquals(Floor.NO_LIMIT, floor.maxOccupancy());
    }

    @Test
    void read_bomCrlfAndUpperCaseKeys_accepted() throws InputException {
        String text = "\uFEFFNAME: Roma\r\nCell: 0.8 × 0.6\r\nDistance: 1.8m\r\nGRID:\r\n D D \r\n\r\n";

        Floor floor = reader.read("roma.floor", text);

        assertEquals("Roma", floor.name());
        assertEquals(new CellSize(new BigDecimal("0.8"), new BigDecimal("0.6")), floor.cell());
        assertEquals(new DistanceRule.Metric(new BigDecimal("1.8")), floor.distance());
        assertEquals(List.of(" D D"), floor.grid());
    }

    @Test
    void read_unknownGridCharacter_failsAtTheCharacterWithSpecMessage() {
        String text = "name: Roma\n\n\n\n\ngrid:\n#DDDDDDDDDDQ#\n";

        var error = assertThrows(InputException.class, () -> reader.read("roma.floor", text));

        assertEquals(new SourcePosition("roma.floor", 7, 12), error.position());
        assertEquals(
                "roma.floor:7:12: unknown grid character 'Q' (expected one of D X S . # | - or space)",
                error.getMessage());
    }

    @Test
    void read_tabInGrid_failsAtTheTab() {
        String text = "name: Roma\ngrid:\n#D\tD#\n";

        var error = assertThrows(InputException.class, () -> reader.read("roma.floor", text));

        assertEquals(new SourcePosition("roma.floor", 3, 3), error.position());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "name: Roma\\ncolour: red\\ngrid:\\n|2|1",
                "name: Roma\\n  Colour: red\\ngrid:\\n|2|3",
                "name: Roma\\nNAME: Milano\\ngrid:\\n|2|1",
                "name: Roma\\ncell: 0 x 1\\ngrid:\\n|2|7",
                "name: Roma\\ncell: 1,2 x 1\\ngrid:\\n|2|7",
                "name: Roma\\ncell × 1 x 1\\ngrid:\\n|2|1",
                "name: Roma\\ncell:   1 × 2 × 3\\ngrid:\\n|2|9",
                "name: × Roma\\ncell: ×\\ngrid:\\n|2|7",
                "name: Roma\\ndistance: 1.8 km\\ngrid:\\n|2|11",
                "name: Roma\\ndistance: 0 m\\ngrid:\\n|2|11",
                "name: Roma\\ndistance: queen\\ngrid:\\n|2|11",
                "name: Roma\\nmax-occupancy: -1\\ngrid:\\n|2|16",
                "name: Roma\\nmax-occupancy: 2.5\\ngrid:\\n|2|16",
                "name: Roma\\nmax-occupancy: 99999999999\\ngrid:\\n|2|16",
                "name:\\ngrid:\\n|1|6",
                "cell: 1 x 1\\n\\ngrid:\\nDD\\n|3|1",
                "name: Roma\\ngrid: DD\\n|2|7",
                "name: Roma\\nthis is not a header\\ngrid:\\n|2|1",
                "name: Roma\\n\\n|3|1",
                "\"\"|1|1",
                "name: Roma\\ngrid:\\nD×D\\n|3|2",
                "name: Roma\\r\\r\\ngrid:\\n|1|11",
                "# a bell \\u0007\\nname: Roma\\ngrid:\\n|1|10",
            })
    void read_badInput_failsAtThePrescribedPosition(String escaped, int line, int column) {
        String text = escaped.replace("\\n", "\n").replace("\\r", "\r").replace("\\u0007", "\u0007");

        var error = assertThrows(InputException.class, () -> reader.read("roma.floor", text));

        assertEquals(new SourcePosition("roma.floor", line, column), error.position(), error.getMessage());
    }

    @Test
    void read_path_usesFileNameForIdAndErrors() throws IOException {
        Path file = dir.resolve("sala-milano.floor");
        Files.writeString(file, "name: Milano\ngrid:\nDQ\n");

        var error = assertThrows(InputException.class, () -> reader.read(file));

        assertEquals(new SourcePosition("sala-milano.floor", 3, 2), error.position());
    }

    @Test
    void read_invalidUtf8_failsAtTheBadByte() throws IOException {
        Path file = dir.resolve("roma.floor");
        byte[] head = "name: Roma\ngrid:\nD×D".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 'D';
        Files.write(file, bytes);

        var error = assertThrows(InputException.class, () -> reader.read(file));

        assertEquals(new SourcePosition("roma.floor", 3, 4), error.position());
    }

    @Test
    void readDirectory_severalFiles_sortedByIdSkippingOthers() throws IOException, InputException {
        Files.writeString(dir.resolve("sala-b.floor"), "name: B\ngrid:\nD\n");
        Files.writeString(dir.resolve("sala.floor"), "name: S\ngrid:\nD\n");
        Files.writeString(dir.resolve("sala-a.floor"), "name: A\ngrid:\nD\n");
        Files.writeString(dir.resolve("notes.txt"), "not a floor");
        Files.createDirectory(dir.resolve("old.floor"));

        List<Floor> floors = reader.readDirectory(dir);

        assertEquals(
                List.of("sala", "sala-a", "sala-b"),
                floors.stream().map(Floor::id).toList());
    }

    @Test
    void readDirectory_noFloorFiles_empty() throws IOException, InputException {
        Files.writeString(dir.resolve("readme.txt"), "nothing here");

        List<Floor> floors = reader.readDirectory(dir);

        assertEquals(List.of(), floors);
    }

    @Test
    void readDirectory_badFile_failsWithItsPosition() throws IOException {
        Files.writeString(dir.resolve("sala-a.floor"), "name: A\ngrid:\nD\n");
        Files.writeString(dir.resolve("sala-b.floor"), "name: B\nsize: 3\ngrid:\nD\n");
        Files.writeString(dir.resolve("sala-c.floor"), "grid:\nD\n");

        var error = assertThrows(InputException.class, () -> reader.readDirectory(dir));

        assertEquals(new SourcePosition("sala-b.floor", 2, 1), error.position());
    }

    @Test
    void read_emojiInGrid_failsAtItsCodePointColumnShowingIt() {
        String text = "name: Roma\ngrid:\nD.\uD83D\uDE00D\n";

        var error = assertThrows(InputException.class, () -> reader.read("roma.floor", text));

        assertEquals(new SourcePosition("roma.floor", 3, 3), error.position());
        assertEquals("unknown grid character '\uD83D\uDE00'", error.problem());
    }

    @Test
    void read_invisibleGridCharacter_shownAsCodePoint() {
        String text = "name: Roma\ngrid:\nD\u00A0D\n";

        var error = assertThrows(InputException.class, () -> reader.read("roma.floor", text));

        assertEquals("unknown grid character U+00A0", error.problem());
    }

    @Test
    void read_invalidUtf8AfterBom_columnIgnoresTheBom() throws IOException {
        Path file = dir.resolve("roma.floor");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'n', (byte) 0xFF});

        var error = assertThrows(InputException.class, () -> reader.read(file));

        assertEquals(new SourcePosition("roma.floor", 1, 2), error.position());
    }

    @Test
    void read_emptyGrid_loadsARoomWithoutDesks() throws InputException {
        String text = "name: Roma\ngrid:\n\n   \n";

        Floor floor = reader.read("roma.floor", text);

        assertEquals(List.of(), floor.grid());
        assertEquals(0, floor.deskCount());
    }

    @Test
    void read_blankRowsInsideGrid_keepRowNumbering() throws InputException {
        String text = "name: Roma\ngrid:\n\nD\n\n D\n";

        Floor floor = reader.read("roma.floor", text);

        assertEquals(List.of("", "D", "", " D"), floor.grid());
        assertEquals(CellKind.DESK, floor.kind(DeskId.parse("B1")));
        assertEquals(CellKind.DESK, floor.kind(DeskId.parse("D2")));
    }

    @Test
    void read_repeatedKeyInOtherCase_failsAtTheSecondKeyNamingTheFirstLine() {
        String text = "max-occupancy: 3\nname: Roma\n\n   MAX-OCCUPANCY: 4\ngrid:\n";

        var error = assertThrows(InputException.class, () -> reader.read("roma.floor", text));

        assertEquals(new SourcePosition("roma.floor", 4, 4), error.position());
        assertEquals("repeated key 'MAX-OCCUPANCY', first on line 1", error.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5x2", "1.5X2", "1.5×2", "1.5 × 2", "1.50 \t x  2.0"})
    void read_cellSpellings_allAccepted(String spelling) throws InputException {
        String text = "name: Roma\ncell: " + spelling + "\ndistance: 2M\ngrid:\n";

        Floor floor = reader.read("roma.floor", text);

        assertEquals(new CellSize(new BigDecimal("1.5"), new BigDecimal("2")), floor.cell());
        assertEquals(new DistanceRule.Metric(new BigDecimal("2")), floor.distance());
    }
}
