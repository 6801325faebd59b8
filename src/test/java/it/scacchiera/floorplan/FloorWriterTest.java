package it.scacchiera.floorplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.scacchiera.input.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorWriterTest {
    private final FloorWriter writer = new FloorWriter();
    private final FloorReader reader = new FloorReader();

    @TempDir
    Path dir;

    private static Floor roma() {
        return new Floor(
                "sala-roma",
                "Sala Roma",
                List.of(" Sala Roma, first floor"),
                new CellSize(new BigDecimal("1.20"), new BigDecimal("1.5")),
                new DistanceRule.Metric(new BigDecimal("1.80")),
                40,
                List.of("#####", "#D|S#", "", "#.-.#", "#####"));
    }

    @Test
    void write_fullFloor_givesCanonicalText() {
        Floor floor = roma();

        String text = writer.write(floor);

        assertEquals("""
                # Sala Roma, first floor
                name: Sala Roma
                cell: 1.2 x 1.5
                distance: 1.8 m
                max-occupancy: 40
                grid:
                #####
                #D|S#

                #.-.#
                #####
                """, text);
    }

    @Test
    void write_noOccupancyLimit_omitsTheKey() throws InputException {
        Floor floor =
                new Floor("a", "A", List.of(), CellSize.DEFAULT, DistanceRule.KING, Floor.NO_LIMIT, List.of("DD"));

        String text = writer.write(floor);

        assertEquals("name: A\ncell: 1 x 1\ndistance: king\ngrid:\nDD\n", text);
        assertEquals(floor, reader.read("a.floor", text));
    }

    @Test
    void write_toPath_readsBackEqualAndLeavesNoTemporaryFile() throws IOException, InputException {
        Path file = dir.resolve("sala-roma.floor");
        Files.writeString(file, "an older version");

        writer.write(roma(), file);

        assertEquals(roma(), reader.read(file));
        try (var entries = Files.list(dir)) {
            assertEquals(List.of(file), entries.toList());
        }
    }

    @Test
    void write_gridWithTab_refused() {
        Floor floor = new Floor("a", "A", List.of(), CellSize.DEFAULT, DistanceRule.KING, 3, List.of("D\tD"));

        assertThrows(IllegalArgumentException.class, () -> writer.write(floor));
    }

    @Test
    void write_nameWithLineBreak_refused() {
        Floor floor = new Floor("a", "A\ngrid:", List.of(), CellSize.DEFAULT, DistanceRule.KING, 3, List.of("D"));

        assertThrows(IllegalArgumentException.class, () -> writer.write(floor));
    }

    @Test
    void write_toPathThatCannotBeReplaced_failsAndLeavesNoTemporaryFile() throws IOException {
        Path occupied = Files.createDirectory(dir.resolve("sala-roma.floor"));
        Files.writeString(occupied.resolve("keep.txt"), "not empty");

        assertThrows(IOException.class, () -> writer.write(roma(), occupied));

        try (var entries = Files.list(dir)) {
            assertEquals(List.of(occupied), entries.toList());
        }
    }

    @Test
    void write_floorBuiltInCodeWithTrailingSpaces_readsBackEqual() throws Exception {
        var floor = new Floor(
                "roma",
                "Roma",
                java.util.List.of(),
                CellSize.DEFAULT,
                DistanceRule.CHECKERBOARD,
                Floor.NO_LIMIT,
                java.util.List.of("#D  ", "", "D", "  ", ""));

        var read = new FloorReader().read("roma.floor", new FloorWriter().write(floor));

        assertEquals(floor, read);
        assertEquals(java.util.List.of("#D", "", "D"), floor.grid());
    }
}
