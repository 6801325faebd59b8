package it.scacchiera.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.export.ScheduleCsvWriter;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.planning.SolveResult;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import it.scacchiera.site.Site;
import it.scacchiera.verify.VerifyReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The solver's hard and medium scores against verify's hard count and medium shortfall (rules.md), on
 * random sites written as real files: solved plans, random plans full of rule breaks.
 */
class SolverVerifyAgreementTest {
    private final PlanningService planning = new PlanningService();

    @TempDir
    Path dir;

    static Stream<Long> solvedSeeds() {
        return LongStream.range(0, 14).mapToObj(i -> 7000 + i);
    }

    static Stream<Long> randomSeeds() {
        return LongStream.range(0, 60).mapToObj(i -> 9000 + i);
    }

    @ParameterizedTest
    @MethodSource("solvedSeeds")
    void solve_randomSite_scoreEqualsVerifyOfItsEntriesAndOfItsCsv(long seed) throws Exception {
        SiteFiles files = RandomSite.write(dir, new Random(seed));
        Site site = files.read();
        PlanningProblem problem = files.problem(site);

        SolveResult result = planning.solve(problem, Duration.ofMillis(500), best -> {});
        VerifyReport direct = files.verifier(site).verify(result.entries());
        Path csv = dir.resolve("plan.csv");
        new ScheduleCsvWriter().write(csv, result.entries());
        List<ScheduleEntry> reread = new ScheduleCsvReader()
                .withShifts(site.shifts())
                .withOperators(site.operators())
                .withFloors(site.floors())
                .read(csv);
        VerifyReport viaCsv = files.verifier(site).verify(reread);

        assertAgree(result.score(), direct, "solved, seed " + seed);
        assertAgree(result.score(), viaCsv, "solved then written and read, seed " + seed);
        assertAgree(planning.score(problem, reread), viaCsv, "solved, rescored from CSV, seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("randomSeeds")
    void score_randomEntries_equalsVerify(long seed) throws Exception {
        Random random = new Random(seed);
        SiteFiles files = RandomSite.write(dir, random);
        Site site = files.read();
        PlanningProblem problem = files.problem(site);
        List<ScheduleEntry> entries = randomEntries(site, files, random);

        HardMediumSoftScore score = planning.score(problem, entries);
        VerifyReport report = files.verifier(site).verify(entries);

        assertAgree(score, report, "random plan of " + entries.size() + " entries, seed " + seed);
    }

    static void assertAgree(HardMediumSoftScore score, VerifyReport report, String what) {
        assertEquals(-score.hardScore(), report.hardCount(), "hard, " + what + "\n" + text(report));
        assertEquals(-score.mediumScore(), report.mediumShortfall(), "medium, " + what + "\n" + text(report));
    }

    private static String text(VerifyReport report) {
        var out = new StringBuilder();
        report.print(out);
        return out.toString();
    }

    /**
     * 0–2 entries per operator and horizon date: random shift, service, remote or a room and a desk
     * anywhere in the grid or just outside it (walls, floor, X, S and missing desks included).
     */
    static List<ScheduleEntry> randomEntries(Site site, SiteFiles files, Random random) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Operator o : site.operators()) {
            for (LocalDate date : files.horizon().dates()) {
                int count = random.nextInt(10) < 4 ? 0 : random.nextInt(8) == 0 ? 2 : 1;
                for (int k = 0; k < count; k++) {
                    Shift shift = site.shifts().get(random.nextInt(site.shifts().size()));
                    String room = null;
                    DeskId desk = null;
                    if (random.nextInt(10) < 7) {
                        ConflictGraph graph =
                                site.rooms().get(random.nextInt(site.rooms().size()));
                        room = graph.floor().id();
                        desk = new DeskId(
                                random.nextInt(graph.floor().rows() + 1),
                                1 + random.nextInt(graph.floor().columns() + 1));
                    }
                    String service = RandomSite.SERVICES.get(random.nextInt(RandomSite.SERVICES.size()));
                    entries.add(entry(o, date, shift, service, room, desk));
                }
            }
        }
        return entries;
    }

    static ScheduleEntry entry(Operator o, LocalDate date, Shift shift, String service, String room, DeskId desk) {
        return new ScheduleEntry(
                date,
                shift.code(),
                shift.start(),
                shift.end(),
                o.id(),
                o.name(),
                o.team(),
                o.employer(),
                service,
                room,
                desk,
                o.headset());
    }
}
