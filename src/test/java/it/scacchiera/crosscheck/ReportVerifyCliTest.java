package it.scacchiera.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** solve, verify, then report through the CLI on random sites: the report's shortfall is verify's medium. */
class ReportVerifyCliTest {
    private static final Pattern TOTALS = Pattern.compile("required=(\\d+) planned=(\\d+) short=(\\d+)");

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.range(0, 3).mapToObj(i -> 47_000 + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void report_solvedRandomSite_shortSumsToVerifyMedium(long seed) throws Exception {
        SiteFiles files = RandomSite.write(dir, new Random(seed));
        var outcome = SolveThenVerify.run(files, "2s");
        SolveThenVerify.assertAgree(outcome, "seed " + seed);
        Path plan = files.dir().resolve("plan.csv");
        Path csv = files.dir().resolve("report.csv");
        var out = new StringWriter();
        var err = new StringWriter();

        int exit = Cli.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                files.args("report", "--schedule", plan.toString(), "--out", csv.toString()));

        assertEquals(0, exit, "seed " + seed + ": " + out + err);
        Matcher totals = TOTALS.matcher(SolveThenVerify.lastLine(out.toString()));
        assertTrue(totals.matches(), "seed " + seed + ": " + out);
        assertEquals(outcome.medium(), Integer.parseInt(totals.group(3)), "seed " + seed + ": " + outcome + out);
        List<CSVRecord> rows;
        try (var reader = Files.newBufferedReader(csv)) {
            rows = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
        long planRows = Files.readAllLines(plan).size() - 1;
        assertEquals(sum(rows, "short"), Long.parseLong(totals.group(3)), "seed " + seed);
        assertEquals(sum(rows, "required"), Long.parseLong(totals.group(1)), "seed " + seed);
        assertEquals(planRows, sum(rows, "office") + sum(rows, "remote"), "seed " + seed);
        assertEquals(planRows, Long.parseLong(totals.group(2)), "seed " + seed);
    }

    private static long sum(List<CSVRecord> rows, String column) {
        return rows.stream().mapToLong(r -> Long.parseLong(r.get(column))).sum();
    }
}
