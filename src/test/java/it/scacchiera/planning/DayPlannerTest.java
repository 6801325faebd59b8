package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.ONE_WEEK;
import static it.scacchiera.planning.TestSite.demand;
import static it.scacchiera.planning.TestSite.operator;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DayPlannerTest {
    private static final List<it.scacchiera.roster.Shift> SHIFTS =
            List.of(shift("N", "22:00", "06:00"), shift("M", "06:00", "14:00"), shift("P", "14:00", "22:00"));
    private final PlanningService service = new PlanningService();

    private List<ScheduleEntry> build(List<Operator> operators, List<Demand> demands, Horizon horizon) {
        var problem = PlanningProblem.of(List.of(room("r", -1, "D.D.D.D")), SHIFTS, operators, demands, horizon);
        Plan plan = new Construction(new PlanFactory(problem), Duration.ofMillis(50)).build(3L);
        assertEquals(
                0,
                service.score(plan).hardScore(),
                service.explain(plan).constraints().toString());
        return service.entries(plan);
    }

    @Test
    void plan_sevenDaysNightAndMorningDemand_restKept() {
        var demands = List.of(demand(0, "N", "S1", 1), demand(1, "M", "S1", 1), demand(3, "N", "S1", 1));

        var entries = build(List.of(operator("a", 7, Set.of("N", "M"), Set.of(), "S1")), demands, ONE_WEEK);

        assertEquals(7, entries.size());
    }

    @Test
    void plan_oneDayAWeek_theDayInDemand() {
        var entries =
                build(List.of(operator("a", 1, Set.of(), Set.of(), "S1")), List.of(demand(2, "P", "S1", 1)), ONE_WEEK);

        assertEquals(1, entries.size());
        assertEquals(TestSite.MONDAY.plusDays(2), entries.get(0).date());
        assertEquals("P", entries.get(0).shift());
    }

    @Test
    void plan_twoSkills_serviceMostNeeded() {
        var demands = List.of(demand(0, "M", "S1", 0), demand(0, "M", "S2", 2));

        var entries = build(List.of(operator("a", 1, Set.of(), Set.of(), "S1", "S2")), demands, ONE_WEEK);

        assertEquals("S2", entries.get(0).service());
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void plan_randomOperatorsTwoWeeks_everyWeekOnTargetWithRest(long seed) {
        Random random = new Random(seed);
        var operators = new java.util.ArrayList<Operator>();
        for (int i = 0; i < 12; i++) {
            var shifts = random.nextBoolean() ? Set.<String>of() : Set.of("N", "P");
            var off = random.nextInt(3) == 0
                    ? Set.of(TestSite.MONDAY.plusDays(random.nextInt(14)))
                    : Set.<java.time.LocalDate>of();
            operators.add(new Operator(
                    "o" + i, "o" + i, "t", "", List.of("S1"), true, 1 + random.nextInt(7), shifts, off, ""));
        }
        var demands = List.of(demand(0, "M", "S1", 5), demand(8, "N", "S1", 4));

        var horizon = new Horizon(TestSite.MONDAY, 2);

        var entries = build(operators, demands, horizon); // asserts no hard violation: rest, days per week

        var factory = new PlanFactory(PlanningProblem.of(List.of(), SHIFTS, operators, demands, horizon));
        int owed = 0;
        for (Operator o : operators) {
            owed += factory.target(o, horizon.dates().subList(0, 7))
                    + factory.target(o, horizon.dates().subList(7, 14));
        }
        assertEquals(owed, entries.size(), "seed " + seed);
    }

    @Test
    void plan_sixWeeksAcrossMonths_demandDayOfTheLastWeekChosen() {
        var horizon = new Horizon(TestSite.MONDAY, 6);

        var entries =
                build(List.of(operator("a", 1, Set.of(), Set.of(), "S1")), List.of(demand(37, "M", "S1", 1)), horizon);

        assertEquals(TestSite.MONDAY.plusDays(37), entries.get(5).date());
    }
}
