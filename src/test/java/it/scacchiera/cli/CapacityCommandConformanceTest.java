package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §5 {@code capacity}: the line's first four fields, {@code --pattern}, warnings and exit codes. */
class CapacityCommandConformanceTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String floor(String id, String text) throws IOException {
        return Files.writeString(dir.resolve(id + ".floor"), text).toString();
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    @Test
    void capacity_room_firstFourFieldsAreIdCapacityDesksAndOptimalOrBound() throws IOException {
        String file = floor("sala-x", "name: X\ngrid:\n#####\n#DXS#\n#D.D#\n#####\n");

        int exit = run("capacity", file);

        assertEquals(0, exit, err.toString());
        String[] fields = outLines().get(0).split(" ");
        assertEquals("sala-x", fields[0]);
        assertTrue(fields[1].matches("\\d+"), fields[1]);
        assertEquals("3", fields[2], "desks: every D, neither X nor S");
        assertTrue(Set.of("optimal", "bound").contains(fields[3]), fields[3]);
        assertEquals(1, outLines().size());
    }

    @Test
    void capacity_severalFilesOneBad_printsEveryGoodRoomInOrderAndExits2() throws IOException {
        String first = floor("a", "name: A\ngrid:\nDD\n");
        String bad = floor("b", "name: B\ncell: 0 x 1\ngrid:\nDD\n");
        String last = floor("c", "name: C\ngrid:\nD.D\n");

        int exit = run("capacity", first, bad, last);

        assertEquals(2, exit);
        assertEquals(
                List.of("a", "c"),
                outLines().stream().map(line -> line.split(" ")[0]).toList());
        assertTrue(err.toString().startsWith("b.floor:2:7: "), err.toString());
    }

    @Test
    void capacity_postsInConflictAndOverCap_warnOnStandardErrorOnly() throws IOException {
        String file = floor("posts", "name: P\nmax-occupancy: 1\ngrid:\nSS\n..\nD.\n");

        int exit = run("capacity", file);

        assertEquals(0, exit, err.toString());
        assertEquals(1, outLines().size(), out.toString());
        assertTrue(outLines().get(0).startsWith("posts 0 1 "), outLines().get(0));
        assertEquals(
                2,
                err.toString().lines().filter(line -> line.contains("warning")).count(),
                err.toString());
    }

    @Test
    void capacity_pattern_marksOnlyDesksKeepsEveryOtherCharacterAndNoTwoMarksConflict() throws IOException {
        List<String> grid = List.of("#######", "#DDSDD#", "#D|DDX#", "#DDDDD", "", "  DDD");
        String file = floor("sala-p", "name: P\ndistance: king\ngrid:\n" + String.join("\n", grid) + "\n");

        int exit = run("capacity", "--pattern", file);

        assertEquals(0, exit, err.toString());
        List<String> lines = outLines();
        int capacity = Integer.parseInt(lines.get(0).split(" ")[1]);
        List<String> pattern = lines.subList(1, lines.size());
        assertEquals(grid.size(), pattern.size(), out.toString());
        int marks = 0;
        for (int r = 0; r < grid.size(); r++) {
            assertEquals(grid.get(r).length(), pattern.get(r).length(), "row " + r);
            for (int c = 0; c < grid.get(r).length(); c++) {
                char shown = pattern.get(r).charAt(c);
                char original = grid.get(r).charAt(c);
                if (shown == 'o') {
                    marks++;
                    assertEquals('D', original, "only a D desk is marked, row " + r + " col " + c);
                    assertFalse(markedOrPostAround(pattern, r, c), "king neighbour occupied at row " + r + " col " + c);
                } else {
                    assertEquals(original, shown, "row " + r + " col " + c);
                }
            }
        }
        assertEquals(capacity, marks);
    }

    private static boolean markedOrPostAround(List<String> pattern, int r, int c) {
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int r2 = r + dr;
                int c2 = c + dc;
                if ((dr != 0 || dc != 0)
                        && r2 >= 0
                        && r2 < pattern.size()
                        && c2 >= 0
                        && c2 < pattern.get(r2).length()) {
                    char there = pattern.get(r2).charAt(c2);
                    if (there == 'o' || there == 'S') {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void capacity_bomCrlfFileWithMissingGrid_exits2AtTheLineAfterTheLast() throws IOException {
        Path file = dir.resolve("crlf.floor");
        Files.write(file, "\uFEFFname: C\r\n\r\n.DD.\r\n D D\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        int exit = run("capacity", file.toString());

        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("crlf.floor:5:1: missing grid:"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void capacity_bomCrlfFile_readsLikeItsPlainTwin() throws IOException {
        String plain = floor("plain", "name: P\ndistance: 1.8m\ncell: .6 x .6\ngrid:\nDDDD\n");
        Path crlf = dir.resolve("crlf.floor");
        Files.write(
                crlf,
                "\uFEFFname: P\r\ndistance: 1.8 M\r\ncell: 0.6 × 0.6\r\ngrid:\r\nDDDD\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        int exit = run("capacity", "--pattern", plain, crlf.toString());

        assertEquals(0, exit, err.toString());
        List<String> lines = outLines();
        assertEquals(lines.get(0).replaceFirst("^plain", "crlf"), lines.get(2));
        assertEquals(List.of("oDDo", "oDDo"), List.of(lines.get(1), lines.get(3)), "1.8 m apart do not conflict");
    }

    @Test
    void capacity_maxOccupancyZero_seatsNobody() throws IOException {
        String file = floor("zero", "name: Z\nmax-occupancy: 0\ngrid:\nD.D\n");

        int exit = run("capacity", "--pattern", file);

        assertEquals(0, exit, err.toString());
        assertTrue(outLines().get(0).startsWith("zero 0 2 "), outLines().get(0));
        assertEquals("D.D", outLines().get(1));
    }

    @Test
    void capacity_emptyGrid_printsZeroCapacityAndNoDesks() throws IOException {
        String file = floor("empty", "name: E\ngrid:\n");

        int exit = run("capacity", "--pattern", file);

        assertEquals(0, exit, err.toString());
        assertEquals(
                List.of("empty", "0", "0"),
                Arrays.asList(outLines().get(0).split(" ")).subList(0, 3));
        assertEquals(1, outLines().size());
    }

    @Test
    void capacity_missingFile_namesThePathAndExits2() {
        String missing = dir.resolve("nowhere.floor").toString();

        int exit = run("capacity", missing);

        assertEquals(2, exit);
        assertEquals(missing + ": no such file", err.toString().strip());
    }

    @Test
    void capacity_directory_printsEachFloorByRoomIdSkippingOtherFiles() throws IOException {
        floor("sala-b", "name: B\ngrid:\nD\n");
        floor("sala", "name: S\ngrid:\nDD\n");
        Files.writeString(dir.resolve("notes.txt"), "not a room");

        int exit = run("capacity", dir.toString());

        assertEquals(0, exit, err.toString());
        assertEquals(
                List.of("sala", "sala-b"),
                outLines().stream().map(line -> line.split(" ")[0]).toList());
    }

    @Test
    void capacity_directoryWithoutFloors_exits2NamingIt() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        int exit = run("capacity", empty.toString());

        assertEquals(2, exit);
        assertTrue(err.toString().startsWith(empty + ": no *.floor files"), err.toString());
    }

    @Test
    void capacity_noFile_exits2WithUsage() {
        int exit = run("capacity", "--pattern");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("Usage"), err.toString());
    }
}
