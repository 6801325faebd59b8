package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.bench.planted.Family;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void planted_thenVerifyWithItsFlags_hiddenScheduleKeepsEveryRule() throws Exception {
        var bench = new CliHarness();
        var verify = new CliHarness();
        Family family = Family.of("N");

        int written = bench.run("bench", "planted", "--family", "N", "--seed", "2", "--out", dir.toString());
        int checked = verify.run(CliHarness.siteArgs(
                "verify",
                dir,
                "--schedule",
                dir.resolve("hidden-schedule.csv").toString(),
                "--from",
                family.horizon().from().toString(),
                "--weeks",
                Integer.toString(family.horizon().weeks()),
                "--sanitize-minutes",
                Integer.toString(family.sanitizeMinutes()),
                "--remote-employers",
                family.remoteEmployersOption()));

        assertEquals(0, written, bench.err.toString());
        assertTrue(Files.readString(dir.resolve("site.txt")).contains("--sanitize-minutes 60"));
        assertEquals(0, checked, verify.err.toString());
        assertEquals("hard=0 medium=0", verify.lastLine());
    }

    @Test
    void planning_unknownFamily_badInput() {
        var bench = new CliHarness();

        int code = bench.run("bench", "planning", "--family", "Q", "--seeds", "0");

        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(bench.err.toString().contains("no planted family Q"), bench.err.toString());
    }

    @Test
    void seeds_rangesAndLists_expanded() {
        assertEquals(List.of(0L, 1L, 2L, 7L), BenchCommand.seeds("0-2,7"));
    }
}
