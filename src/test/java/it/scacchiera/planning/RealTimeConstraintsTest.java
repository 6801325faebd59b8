package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.desk;
import static it.scacchiera.planning.TestSite.operator;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.roster.Horizon;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * The rules on the nights the clocks change in Europe/Rome (SPEC §3): 29 March 2026 loses an hour,
 * 25 October 2026 gains one. Durations and gaps are real elapsed time, not wall-clock differences.
 */
class RealTimeConstraintsTest {
    static final LocalDate SPRING_MONDAY = LocalDate.of(2026, 3, 23); // Saturday 28, Sunday 29 March
    static final LocalDate AUTUMN_MONDAY = LocalDate.of(2026, 10, 19); // Saturday 24, Sunday 25 October
    static final LocalDate ORDINARY_MONDAY = LocalDate.of(2026, 11, 23);
    private static final int SATURDAY = 5;
    private static final int SUNDAY = 6;

    private final ConstraintVerifier<PlanConstraints, Plan> verifier =
            ConstraintVerifier.build(new PlanConstraints(), Plan.class, Assignment.class);
    private PlanFactory factory;
    private Plan plan;

    private void week(LocalDate monday, ZoneId zone) {
        var rooms = List.of(room("r", -1, "DDD.D"));
        var shifts = List.of(
                shift("P", "14:00", "22:00"),
                shift("L", "09:00", "17:00"),
                shift("B", "08:00", "16:00"),
                shift("N", "22:00", "06:00"),
                shift("X", "18:00", "01:45"),
                shift("Y", "03:00", "09:00"));
        var operators = List.of(operator("a", "in-house", false, "S1"), operator("b", "in-house", false, "S1"));
        var problem = PlanningProblem.of(rooms, shifts, operators, List.of(), new Horizon(monday, 1))
                .withZone(zone);
        factory = new PlanFactory(problem);
        plan = factory.emptyPlan();
    }

    private Assignment work(String operatorId, int day, String shift, String deskLabel) {
        Assignment a = plan.getAssignments().stream()
                .filter(x -> x.getOperatorId().equals(operatorId) && x.getDayIndex() == day)
                .findFirst()
                .orElseThrow();
        a.setShift(factory.shift(shift));
        a.setService("S1");
        a.setLocation(factory.location("r", desk(deskLabel)));
        return a;
    }

    @Test
    void shortRest_22to09WhenClocksGoForward_penalised() {
        week(SPRING_MONDAY, ZoneId.of("Europe/Rome"));
        work("a", SATURDAY, "P", "A1");
        work("a", SUNDAY, "L", "A1");

        verifier.verifyThat(PlanConstraints::shortRest).givenSolution(plan).penalizesBy(1);
    }

    @Test
    void shortRest_22to09InAnOrdinaryWeek_notPenalised() {
        week(ORDINARY_MONDAY, ZoneId.of("Europe/Rome"));
        work("a", SATURDAY, "P", "A1");
        work("a", SUNDAY, "L", "A1");

        verifier.verifyThat(PlanConstraints::shortRest).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void shortRest_22to09WhenClocksGoForwardInUtc_notPenalised() {
        week(SPRING_MONDAY, ZoneId.of("UTC"));
        work("a", SATURDAY, "P", "A1");
        work("a", SUNDAY, "L", "A1");

        verifier.verifyThat(PlanConstraints::shortRest).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void shortRest_22to08WhenClocksGoBack_elevenHoursNotPenalised() {
        week(AUTUMN_MONDAY, ZoneId.of("Europe/Rome"));
        work("a", SATURDAY, "P", "A1");
        work("a", SUNDAY, "B", "A1");

        verifier.verifyThat(PlanConstraints::shortRest).givenSolution(plan).penalizesBy(0);
    }

    @Test
    void shortRest_22to08InAnOrdinaryWeek_penalised() {
        week(ORDINARY_MONDAY, ZoneId.of("Europe/Rome"));
        work("a", SATURDAY, "P", "A1");
        work("a", SUNDAY, "B", "A1");

        verifier.verifyThat(PlanConstraints::shortRest).givenSolution(plan).penalizesBy(1);
    }

    @Test
    void getEnd_nightShiftWhenClocksGoForward_sevenHoursAfterStart() {
        week(SPRING_MONDAY, ZoneId.of("Europe/Rome"));

        Assignment night = work("a", SATURDAY, "N", "A1");

        assertEquals(7 * 60, night.getEnd() - night.getStart());
        assertEquals(7 * 60, night.endIf(factory.shift("N")) - night.startIf(factory.shift("N")));
    }

    @Test
    void getEnd_nightShiftWhenClocksGoBack_nineHoursAfterStart() {
        week(AUTUMN_MONDAY, ZoneId.of("Europe/Rome"));

        Assignment night = work("a", SATURDAY, "N", "A1");

        assertEquals(9 * 60, night.getEnd() - night.getStart());
    }

    @Test
    void startIf_dayAfterClocksGoForward_oneHourLessThanWallClock() {
        week(SPRING_MONDAY, ZoneId.of("Europe/Rome"));

        Assignment sunday = work("a", SUNDAY, "L", "A1");

        assertEquals(SUNDAY * 24 * 60 + 9 * 60 - 60, sunday.startIf(factory.shift("L")));
        assertEquals(SUNDAY * 24 * 60 + 9 * 60 - 60, sunday.getStart());
    }

    @Test
    void sanitisationGap_01h45To03h00WhenClocksGoForward_fifteenMinutesPenalised() {
        week(SPRING_MONDAY, ZoneId.of("Europe/Rome"));
        work("a", SATURDAY, "X", "A1");
        work("b", SUNDAY, "Y", "A1");

        verifier.verifyThat(PlanConstraints::sanitisationGap)
                .givenSolution(plan)
                .penalizesBy(1);
    }

    @Test
    void sanitisationGap_01h45To03h00InAnOrdinaryWeek_notPenalised() {
        week(ORDINARY_MONDAY, ZoneId.of("Europe/Rome"));
        work("a", SATURDAY, "X", "A1");
        work("b", SUNDAY, "Y", "A1");

        verifier.verifyThat(PlanConstraints::sanitisationGap)
                .givenSolution(plan)
                .penalizesBy(0);
    }
}
