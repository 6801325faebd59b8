package it.scacchiera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.roster.ScheduleEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve --published} on a copy of the sample site (300 operators, 5 rooms), files in a temp dir. */
class SolvePublishedTest {
    private static final Pattern CHANGES = Pattern.compile("changes from the published plan: (\\d+) of (\\d+) rows");
    private static final Pattern MEDIUM = Pattern.compile("score (-?\\d+)hard/(-?\\d+)medium/(-?\\d+)soft");

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @BeforeEach
    void copySampleSite() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("floorplans"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void solve_publishedAndUnchangedInputs_noWorseAndAtMostOnePercentChanged() throws Exception {
        Path published = dir.resolve("published.csv");
        int first = solve("--out", published.toString());
        int[] before = score(cli.lastLine());

        int again = solve(
                "--published",
                published.toString(),
                "--out",
                dir.resolve("again.csv").toString());
        int[] after = score(cli.lastLine());

        assertEquals(0, first, cli.err.toString());
        assertEquals(0, again, cli.err.toString());
        assertEquals(0, before[0]);
        assertTrue(after[1] >= before[1], cli.out.toString());
        Matcher changes = changes();
        assertTrue(Integer.parseInt(changes.group(1)) * 100 <= Integer.parseInt(changes.group(2)), changes.group());
    }

    @Test
    void solve_threeOperatorsIllOnWednesday_onlyWhatTheirDayForcesChanges() throws Exception {
        Path published = dir.resolve("published.csv");
        // long enough for coverage to settle: what the re-solve may trade changes for is coverage only
        solveFor("10s", "--out", published.toString());
        Set<String> ill = new ScheduleCsvReader()
                .read(published).stream()
                        .filter(e -> e.date().toString().equals("2026-12-09"))
                        .map(ScheduleEntry::operatorId)
                        .sorted()
                        .limit(3)
                        .collect(Collectors.toSet());
        fallIll(ill, "2026-12-09");

        Path again = dir.resolve("again.csv");
        int code = solve("--published", published.toString(), "--out", again.toString());

        assertEquals(0, code, cli.out.toString());
        assertFalse(new ScheduleCsvReader()
                .read(again).stream()
                        .anyMatch(e -> ill.contains(e.operatorId())
                                && e.date().toString().equals("2026-12-09")));
        Matcher changes = changes();
        // the three ill days, their make-up days (rule 7) and two rows for each colleague covering a gap
        assertTrue(Integer.parseInt(changes.group(1)) <= 12, changes.group());
    }

    private int solve(String... more) {
        return solveFor("4s", more);
    }

    private int solveFor(String limit, String... more) {
        List<String> args = CliHarness.siteArgs("solve", dir, "--from", "2026-12-07", "--time-limit", limit);
        args.addAll(List.of(more));
        return cli.run(args);
    }

    /** Adds the date to the operators' {@code unavailable} column (the 9th) of operators.csv. */
    private void fallIll(Set<String> operators, String date) throws IOException {
        Path file = dir.resolve("operators.csv");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] cells = line.split(",", -1);
            if (operators.contains(cells[0])) {
                cells[8] = cells[8].isEmpty() ? date : cells[8] + "|" + date;
                line = String.join(",", cells);
            }
            lines.add(line);
        }
        Files.write(file, lines);
    }

    private Matcher changes() {
        Matcher m = CHANGES.matcher(cli.out.toString());
        assertTrue(m.find(), cli.out.toString());
        return m;
    }

    private static int[] score(String line) {
        Matcher m = MEDIUM.matcher(line);
        assertTrue(m.matches(), line);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }
}
