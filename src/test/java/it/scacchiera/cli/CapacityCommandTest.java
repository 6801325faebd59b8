package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapacityCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void capacity_kingRoom_printsRoomCapacityDesksAndPattern() throws IOException {
        Path file = Files.writeString(
                dir.resolve("sala-test.floor"), "name: Test\ndistance: king\ngrid:\n#####\n#DDD#\n#DDD#\n#####\n");

        int exit = run("capacity", "--pattern", file.toString());

        assertEquals(0, exit, err.toString());
        String[] lines = out.toString().split("\\R");
        assertTrue(lines[0].startsWith("sala-test 2 6 "), lines[0]);
        assertEquals("#####", lines[1]);
        assertEquals(2, (lines[2] + lines[3]).chars().filter(ch -> ch == 'o').count());
    }

    @Test
    void capacity_badGridCharacter_exits2WithPosition() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.floor"), "name: Bad\ngrid:\n#DQ#\n");

        int exit = run("capacity", file.toString());

        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("bad.floor:3:3: unknown grid character 'Q'"), err.toString());
    }

    @Test
    void capacity_missingFile_exits2() {
        int exit = run("capacity", dir.resolve("nowhere.floor").toString());

        assertEquals(2, exit);
    }

    @Test
    void noVerb_exits2WithUsage() {
        int exit = run();

        assertEquals(2, exit);
        assertTrue(err.toString().contains("Usage"), err.toString());
    }
}
