package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @BeforeEach
    void writeSite() throws IOException {
        RomaSite.write(dir, i -> i % 4 == 0 ? 3 : 5, "Mon,M,COMM,3,,,,\nTue,M,COMM,3,,,,\nWed,P,TECH,,40,300,80,20\n");
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String[] inputs(String verb) {
        return CliHarness.siteArgs(verb, dir, "--from", "2026-12-14").toArray(String[]::new);
    }

    private String lastLine() {
        return cli.lastLine();
    }

    @Test
    void solve_smallSite_writesAScheduleThatVerifyAccepts() throws IOException {
        Path schedule = dir.resolve("plan.csv");
        String[] solve = concat(inputs("solve"), "--time-limit", "3s", "--out", schedule.toString());

        int solved = run(solve);
        String score = lastLine();
        int verified = run(concat(inputs("verify"), "--weeks", "1", "--schedule", schedule.toString()));

        assertEquals(0, solved, cli.err.toString());
        assertTrue(score.startsWith("score 0hard/"), score);
        assertTrue(Files.readString(schedule).startsWith("date,shift,start,end,operator_id"));
        assertEquals(0, verified, cli.out.toString());
        String medium = score.replaceAll(".*hard/-?(\\d+)medium.*", "$1");
        assertEquals("hard=0 medium=" + medium, lastLine());
    }

    @Test
    void solve_feasiblePlan_printsTheShortfallAndTheBoundBeforeTheScore() throws IOException {
        String[] solve = concat(
                inputs("solve"),
                "--time-limit",
                "3s",
                "--out",
                dir.resolve("p.csv").toString());

        int solved = run(solve);
        String[] lines = cli.out.toString().strip().split("\\R");

        assertEquals(0, solved, cli.err.toString());
        String medium = lines[lines.length - 1].replaceAll(".*hard/-?(\\d+)medium.*", "$1");
        String bound = lines[lines.length - 2];
        assertTrue(bound.matches("short " + medium + ", at least \\d+ unavoidable(: coverage optimal)?"), bound);
        int atLeast = Integer.parseInt(bound.replaceAll("short \\d+, at least (\\d+).*", "$1"));
        assertTrue(atLeast <= Integer.parseInt(medium), bound);
        assertEquals(atLeast == Integer.parseInt(medium), bound.endsWith(": coverage optimal"), bound);
    }

    @Test
    void solve_fromNotAMonday_exits2() {
        String[] args = inputs("solve");
        args[args.length - 1] = "2026-12-15";

        int exit = run(args);

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains("Monday"), cli.err.toString());
    }

    @Test
    void solve_moveThreads_writesAScheduleThatVerifyAccepts() throws IOException {
        Path schedule = dir.resolve("threads.csv");
        String[] solve =
                concat(inputs("solve"), "--time-limit", "3s", "--move-threads", "2", "--out", schedule.toString());

        int solved = run(solve);
        int verified = run(concat(inputs("verify"), "--weeks", "1", "--schedule", schedule.toString()));

        assertEquals(0, solved, cli.err.toString());
        assertEquals(0, verified, cli.out.toString());
    }

    @Test
    void solve_negativeMoveThreads_exits2() {
        int exit = run(concat(
                inputs("solve"),
                "--move-threads",
                "-1",
                "--out",
                dir.resolve("x.csv").toString()));

        assertEquals(2, exit);
        assertTrue(cli.err.toString().contains("--move-threads"), cli.err.toString());
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
