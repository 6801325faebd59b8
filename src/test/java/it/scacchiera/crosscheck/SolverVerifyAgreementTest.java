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

    static Stream<Long> largerSeeds() {
        return LongStream.range(0, 12).mapToObj(i -> 12_000 + i);
    }

    @ParameterizedTest
    @MethodSource("largerSeeds")
    void score_randomEntriesOnLargerSites_equalsVerify(long seed) throws Exception {
        Random random = new Random(seed);
        SiteFiles files = RandomSite.write(dir, random, 40, 4);
        Site site = files.read();
        List<ScheduleEntry> entries = randomEntries(site, files, random);

        HardMediumSoftScore score = planning.score(files.problem(site), entries);
        VerifyReport report = files.verifier(site).verify(entries);

        assertAgree(score, report, "random plan of " + entries.size() + " entries, seed " + seed);
    }

    /** A rule, the units verify must count for it, and the entries that break it (see {@link HandMadeSite}). */
    record Broken(String name, String rule, int units, String... lines) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Broken> brokenPlans() {
        return Stream.of(
                new Broken("1 side by side at once", "1", 1, "o1 Mon M A2", "o2 Mon M A3"),
                new Broken("1 desk next to an S post", "1", 1, "o2 Mon M A1"),
                new Broken("1 back to back 08-14/14-20", "1", 0, "o1 Mon M A2", "o2 Mon P A3"),
                new Broken("1 two nights side by side", "1", 1, "o1 Mon N A2", "o2 Mon N A3"),
                new Broken("1 night then early shift next day", "1", 0, "o1 Mon N A2", "o2 Tue E A3"),
                new Broken("2 one desk at once", "2", 1, "o1 Mon M A2", "o2 Mon M A2"),
                new Broken("2 X desk", "2", 1, "o2 Mon M B2"),
                new Broken("2 S post", "2", 1, "o2 Mon M B1"),
                new Broken("2 floor and wall", "2", 2, "o2 Mon M A4", "o1 Tue M B4"),
                new Broken("2 missing desk", "2", 1, "o2 Mon M Z9"),
                new Broken("3 three at 08:00", "3", 1, "o1 Mon M A2", "o2 Mon M B3", "o4 Mon M A3"),
                new Broken("3 three at 06:00, 07:00 and 08:00", "3", 3, "o1 Mon E A2", "o2 Mon E B3", "o4 Mon E A3"),
                new Broken(
                        "3 night ends as the early shift starts", "3", 0, "o1 Mon N A2", "o2 Tue E B3", "o4 Tue E A3"),
                new Broken("3 three at night", "3", 1, "o1 Sun N A2", "o2 Sun N B3", "o4 Sun N A3"),
                new Broken("4 remote=no", "4", 1, "o2 Mon M remote"),
                new Broken("4 unauthorised outsourcer", "4", 1, "o4 Mon M remote"),
                new Broken("4 authorised outsourcer and in-house", "4", 0, "o3 Mon M remote", "o1 Mon M remote"),
                new Broken("5 unskilled service", "5", 1, "o1 Mon M remote TECH"),
                new Broken("5 unavailable date", "5", 1, "o1 Wed M remote"),
                new Broken("5 shift not on Saturday", "5", 1, "o2 Sat P A2"),
                new Broken("5 shift not allowed", "5", 1, "o3 Mon P remote"),
                new Broken("5 two shifts a day", "5", 1, "o2 Mon M A2", "o2 Mon N A2"),
                new Broken("6 night then afternoon", "6", 1, "o1 Mon N remote", "o1 Tue P remote"),
                new Broken("6 20:00 then 06:00", "6", 1, "o1 Mon P remote", "o1 Tue E remote"),
                new Broken("6 exactly 11 hours", "6", 0, "o1 Mon Q remote", "o1 Tue R remote"),
                new Broken("6 two shifts a day", "6", 1, "o2 Mon M A2", "o2 Mon N A2"),
                new Broken("7 nobody works", "7", 5 + 5 + 5 + 2),
                new Broken("7 o4 works 3 of 2", "7", 5 + 5 + 5 + 1, "o4 Mon M A2", "o4 Tue M A2", "o4 Wed M A2"),
                new Broken("8 next operator at once", "8", 0, "o1 Mon M A2", "o2 Mon M A2"),
                new Broken("8 next operator at 14:00", "8", 1, "o1 Mon M A2", "o2 Mon P A2"),
                new Broken("8 next operator 30 minutes later", "8", 0, "o1 Mon M A2", "o2 Mon Q A2"),
                new Broken("8 across midnight", "8", 1, "o1 Mon N A3", "o2 Tue E A3"),
                new Broken("8 same operator next day", "8", 0, "o1 Mon M A2", "o1 Tue M A2"),
                new Broken("coverage met on Monday", "coverage", -2, "o1 Mon M remote", "o2 Mon M A2"));
    }

    @ParameterizedTest
    @MethodSource("brokenPlans")
    void score_handMadeBrokenPlan_equalsVerifyAndItsUnits(Broken broken) throws Exception {
        SiteFiles files = HandMadeSite.write(dir);
        Site site = files.read();
        List<ScheduleEntry> entries = HandMadeSite.entries(site, broken.lines());

        HardMediumSoftScore score = planning.score(files.problem(site), entries);
        VerifyReport report = files.verifier(site).verify(entries);
        int unbroken = files.verifier(site).verify(List.of()).count(broken.rule());

        assertAgree(score, report, broken.name());
        int expected = broken.rule().equals("coverage") ? unbroken + broken.units() : broken.units();
        assertEquals(expected, report.count(broken.rule()), broken.name() + "\n" + text(report));
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
