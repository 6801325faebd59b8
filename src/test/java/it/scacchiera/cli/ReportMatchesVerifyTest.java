package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a solved site that cannot cover its demand, report's short adds up to verify's medium (issue 10). */
class ReportMatchesVerifyTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @BeforeEach
    void writeSite() throws IOException {
        // ten desks and four remote-eligible operators cannot give Monday morning its 20
        RomaSite.write(dir, i -> 5, "Mon,M,COMM,20,,,,\nTue,M,COMM,3,,,,\nWed,P,TECH,,40,300,80,20\n");
    }

    private String[] args(String verb, String... more) {
        return Stream.concat(CliHarness.siteArgs(verb, dir, "--from", "2026-12-14").stream(), Arrays.stream(more))
                .toArray(String[]::new);
    }

    @Test
    void report_solvedSiteGoingShort_shortSumsToVerifysMedium() throws IOException {
        Path schedule = dir.resolve("plan.csv");
        Path report = dir.resolve("report.csv");
        assertEquals(0, cli.run(args("solve", "--time-limit", "3s", "--out", schedule.toString())), cli.err.toString());

        cli.run(args("verify", "--weeks", "1", "--schedule", schedule.toString()));
        String verified = cli.lastLine();
        int reported =
                cli.run(args("report", "--weeks", "1", "--schedule", schedule.toString(), "--out", report.toString()));
        String totals = cli.lastLine();

        assertEquals(0, reported, cli.err.toString());
        int medium = Integer.parseInt(verified.replaceAll("hard=\\d+ medium=(\\d+)", "$1"));
        int shortColumn = Files.readAllLines(report).stream()
                .skip(1)
                .mapToInt(line -> Integer.parseInt(line.split(",", -1)[6]))
                .sum();
        assertTrue(medium > 0, verified);
        assertEquals(medium, shortColumn, verified);
        assertTrue(totals.endsWith(" short=" + medium), totals);
    }
}
