package it.scacchiera.crosscheck;

import static it.scacchiera.crosscheck.SolverVerifyAgreementTest.assertAgree;

import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import it.scacchiera.verify.PlanVerifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solver's score equals verify's count on random plans of the weeks the clocks change, with
 * shifts that meet around the missing or repeated hour: both count real time, each in its own code.
 */
class DstAgreementTest {
    private static final List<LocalDate> MONDAYS = List.of(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 10, 19));
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final PlanningService planning = new PlanningService();

    static Stream<Long> seeds() {
        return LongStream.range(0, 30).mapToObj(i -> 31_000 + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void score_randomPlanOfAClockChangeWeek_equalsVerify(long seed) {
        Random random = new Random(seed);
        var floor = new Floor(
                "r", "R", List.of(), CellSize.DEFAULT, DistanceRule.CHECKERBOARD, 3, List.of("DDD.", "DSDD", "DXD."));
        List<ConflictGraph> rooms = List.of(ConflictGraph.of(floor));
        List<Shift> shifts = List.of(
                shift("P", "14:00", "22:00"),
                shift("L", "09:00", "17:00"),
                shift("B", "08:00", "16:00"),
                shift("N", "22:00", "06:00"),
                shift("X", "18:00", "01:45"),
                shift("Y", "03:00", "09:00"),
                shift("G", "02:30", "07:00"),
                shift("H", "01:00", "02:15"));
        List<Operator> operators = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            operators.add(new Operator(
                    "o" + i, "O" + i, "t", "", List.of("S"), false, 1 + random.nextInt(3), Set.of(), Set.of(), ""));
        }
        var horizon = new Horizon(MONDAYS.get(random.nextInt(MONDAYS.size())), 1);
        int gap = 20 + random.nextInt(40);
        var problem = new PlanningProblem(
                rooms, shifts, operators, List.of(), horizon, Set.of(), gap, List.of(), List.of(), ROME);
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Operator o : operators) {
            for (LocalDate date : horizon.dates().subList(4, 7)) { // Friday to Sunday, around the change
                if (random.nextInt(3) > 0) {
                    Shift s = shifts.get(random.nextInt(shifts.size()));
                    DeskId desk = new DeskId(random.nextInt(3), 1 + random.nextInt(4));
                    entries.add(new ScheduleEntry(
                            date, s.code(), s.start(), s.end(), o.id(), o.name(), "t", "", "S", "r", desk, ""));
                }
            }
        }

        var score = planning.score(problem, entries);
        var report =
                new PlanVerifier(rooms, shifts, operators, List.of(), horizon, Set.of(), gap, ROME).verify(entries);

        assertAgree(score, report, "seed " + seed + ", week of " + horizon.from());
    }

    private static Shift shift(String code, String start, String end) {
        return new Shift(code, code, LocalTime.parse(start), LocalTime.parse(end), Set.of());
    }
}
