package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.MONDAY;
import static it.scacchiera.planning.TestSite.ONE_WEEK;
import static it.scacchiera.planning.TestSite.demand;
import static it.scacchiera.planning.TestSite.operator;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConstructionTest {
    private final PlanningService service = new PlanningService();

    @Test
    void build_oneSeatTwoOfficeWorkers_secondMovedToALaterShift() {
        var problem = PlanningProblem.of(
                List.of(room("r", -1, "DD")),
                List.of(shift("M", "08:00", "14:00"), shift("L", "17:00", "23:00")),
                List.of(operator("a", 1, Set.of(), Set.of(), "S1"), operator("b", 1, Set.of(), Set.of(), "S1")),
                List.of(demand(0, "M", "S1", 2)),
                ONE_WEEK);

        Plan plan = new Construction(new PlanFactory(problem), Duration.ofMillis(100)).build(1L);

        assertEquals(
                0,
                service.score(plan).hardScore(),
                service.explain(plan).constraints().toString());
        var entries = service.entries(plan);
        assertEquals(2, entries.size());
        assertNotEquals(
                entries.get(0).date().atTime(entries.get(0).start()),
                entries.get(1).date().atTime(entries.get(1).start()));
    }

    @Test
    void build_backToBackShiftsInOneRoom_alternateSeatSets() {
        var operators = List.of(
                operator("a", 7, Set.of("M"), Set.of(), "S1"),
                operator("b", 7, Set.of("M"), Set.of(), "S1"),
                operator("c", 7, Set.of("P"), Set.of(), "S1"),
                operator("d", 7, Set.of("P"), Set.of(), "S1"));
        var problem = PlanningProblem.of(
                List.of(room("r", -1, "DDDD", "DDDD")),
                List.of(shift("M", "06:00", "14:00"), shift("P", "14:00", "22:00")),
                operators,
                List.of(),
                ONE_WEEK);

        Plan plan = new Construction(new PlanFactory(problem), Duration.ofMillis(100)).build(1L);

        assertEquals(
                0,
                service.score(plan).hardScore(),
                service.explain(plan).constraints().toString());
        assertEquals(28, service.entries(plan).stream().filter(e -> !e.remote()).count());
    }

    @Test
    void build_unavailableDays_weekTargetMetOnTheOthers() {
        var unavailable = Set.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));
        var problem = PlanningProblem.of(
                List.of(room("r", -1, "D.D")),
                List.of(shift("M", "08:00", "14:00")),
                List.of(operator("a", 5, Set.of(), unavailable, "S1")),
                List.of(),
                ONE_WEEK);

        Plan plan = new Construction(new PlanFactory(problem), Duration.ofMillis(100)).build(1L);

        assertEquals(0, service.score(plan).hardScore());
        assertEquals(4, service.entries(plan).size());
    }

    @Test
    void build_oneSeatAndDemandOnSunday_secondWorkerOnAnotherDay() {
        var problem = PlanningProblem.of(
                List.of(room("r", -1, "DD")),
                List.of(shift("M", "08:00", "14:00")),
                List.of(operator("a", 1, Set.of(), Set.of(), "S1"), operator("b", 1, Set.of(), Set.of(), "S1")),
                List.of(demand(6, "M", "S1", 2)),
                ONE_WEEK);

        Plan plan = new Construction(new PlanFactory(problem), Duration.ofMillis(100)).build(1L);

        assertEquals(
                0,
                service.score(plan).hardScore(),
                service.explain(plan).constraints().toString());
        // The second worker is planned straight onto a day with a free desk, not after the fact.
        var dates = service.entries(plan).stream().map(e -> e.date()).toList();
        assertEquals(2, dates.stream().distinct().count(), dates.toString());
        assertTrue(dates.contains(MONDAY.plusDays(6)), dates.toString());
    }

    @Test
    void build_roomCappedAtOne_secondWorkerNotInTheRoomAtOnce() {
        var problem = PlanningProblem.of(
                List.of(room("r", 1, "D...D")),
                List.of(shift("M", "08:00", "14:00"), shift("P", "14:30", "20:30")),
                List.of(operator("a", 7, Set.of(), Set.of(), "S1"), operator("b", 7, Set.of(), Set.of(), "S1")),
                List.of(demand(0, "M", "S1", 2)),
                ONE_WEEK);

        Plan plan = new Construction(new PlanFactory(problem), Duration.ofMillis(100)).build(1L);

        assertEquals(
                0,
                service.score(plan).hardScore(),
                service.explain(plan).constraints().toString());
        assertEquals(14, service.entries(plan).size());
    }
}
