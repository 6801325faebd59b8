package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.MONDAY;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solver's score against a naive count of rules.md, on random plans full of violations, in
 * ordinary weeks and in the weeks the clocks change.
 */
class ScoreCrossCheckTest {
    private static final List<String> SERVICES = List.of("S1", "S2", "S3");
    private static final List<LocalDate> MONDAYS =
            List.of(MONDAY, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 10, 19));
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Rome"), ZoneId.of("America/New_York"));
    private final PlanningService service = new PlanningService();

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void score_randomSchedule_equalsNaiveCount(long seed) {
        Random random = new Random(seed);
        PlanningProblem problem = problem(random);
        List<ScheduleEntry> entries = randomEntries(problem, random);

        var score = service.score(problem, entries);

        long[] naive = NaiveRules.count(problem, entries);
        assertEquals(-naive[0], score.hardScore(), "hard, seed " + seed);
        assertEquals(-naive[1], score.mediumScore(), "medium, seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void solve_randomSite_scoreEqualsNaiveCountOfItsEntries(long seed) {
        Random random = new Random(seed);
        PlanningProblem problem = problem(random);

        Plan plan = service.construct(problem);

        long[] naive = NaiveRules.count(problem, service.entries(plan));
        assertEquals(-naive[0], plan.getScore().hardScore(), "hard, seed " + seed);
        assertEquals(-naive[1], plan.getScore().mediumScore(), "medium, seed " + seed);
    }

    static PlanningProblem problem(Random random) {
        var rooms = List.of(
                room("r1", -1, "DDDD.", "DSDD.", "DXD.D"), room("r2", 2 + random.nextInt(4), "D.DD", "DD.S", "DDDD"));
        List<Shift> shifts = List.of(
                shift("M", "06:00", "14:00"),
                shift("P", "14:00", "22:00"),
                shift("N", "22:00", "06:00"),
                shift("E", "05:00", "13:00", DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                shift("Q", "14:30", "20:00", DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                // Near the clock change: rest and gaps that real time and wall-clock time judge differently.
                shift("G", "02:30", "07:00", DayOfWeek.SUNDAY),
                shift("S", "16:00", "22:00", DayOfWeek.SATURDAY),
                shift("U", "09:00", "13:00", DayOfWeek.SUNDAY),
                shift("B", "08:00", "16:00", DayOfWeek.SUNDAY),
                shift("X", "18:00", "01:45", DayOfWeek.SATURDAY),
                shift("Y", "03:00", "09:00", DayOfWeek.SUNDAY));
        LocalDate monday = MONDAYS.get(random.nextInt(MONDAYS.size()));
        List<Operator> operators = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<String> skills = SERVICES.subList(random.nextInt(2), 2 + random.nextInt(2));
            Set<String> allowed = random.nextInt(3) == 0 ? Set.of("M", "P") : Set.of();
            Set<LocalDate> off = random.nextInt(3) == 0 ? Set.of(monday.plusDays(random.nextInt(7))) : Set.of();
            String employer = random.nextInt(4) == 0 ? "Acme" : random.nextInt(4) == 0 ? "Beta" : "";
            operators.add(new Operator(
                    "o" + i,
                    "O" + i,
                    "t" + i % 2,
                    employer,
                    skills,
                    random.nextBoolean(),
                    1 + random.nextInt(7),
                    allowed,
                    off,
                    ""));
        }
        var horizon = new Horizon(monday, 1 + random.nextInt(2));
        List<Demand> demands = new ArrayList<>();
        for (LocalDate date : horizon.dates()) {
            for (Shift s : shifts) {
                for (String service : SERVICES) {
                    if (random.nextInt(3) == 0) {
                        demands.add(new Demand(date, s.code(), service, random.nextInt(4)));
                    }
                }
            }
        }
        return new PlanningProblem(
                rooms,
                shifts,
                operators,
                demands,
                horizon,
                Set.of("Acme"),
                20 + random.nextInt(30),
                List.of(),
                List.of(),
                ZONES.get(random.nextInt(4) == 0 ? 1 : 0));
    }

    private static List<ScheduleEntry> randomEntries(PlanningProblem problem, Random random) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Operator o : problem.operators()) {
            for (LocalDate date : problem.horizon().dates()) {
                int count = random.nextInt(10) < 4 ? 0 : random.nextInt(10) == 0 ? 2 : 1;
                for (int k = 0; k < count; k++) {
                    Shift s =
                            problem.shifts().get(random.nextInt(problem.shifts().size()));
                    String room = null;
                    DeskId desk = null;
                    if (random.nextInt(10) < 7) {
                        var graph = problem.rooms().get(random.nextInt(2));
                        room = graph.floor().id();
                        desk = new DeskId(
                                random.nextInt(3),
                                1 + random.nextInt(graph.floor().grid().get(0).length()));
                    }
                    String service = SERVICES.get(random.nextInt(SERVICES.size()));
                    entries.add(new ScheduleEntry(
                            date,
                            s.code(),
                            s.start(),
                            s.end(),
                            o.id(),
                            o.name(),
                            o.team(),
                            o.employer(),
                            service,
                            room,
                            desk,
                            ""));
                }
            }
        }
        return entries;
    }
}
