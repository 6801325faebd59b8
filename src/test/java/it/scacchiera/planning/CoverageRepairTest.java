package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.ONE_WEEK;
import static it.scacchiera.planning.TestSite.demand;
import static it.scacchiera.planning.TestSite.desk;
import static it.scacchiera.planning.TestSite.operator;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;
import static it.scacchiera.planning.TestSite.work;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageRepairTest {
    private final PlanningService service = new PlanningService();

    @Test
    void repair_shortOnMonday_dayMovedThereWithAFreeDesk() {
        var problem = PlanningProblem.of(
                List.of(room("r", -1, "D.D")),
                List.of(shift("M", "08:00", "14:00")),
                List.of(operator("a", 1, Set.of(), Set.of(), "S1"), operator("b", 1, Set.of(), Set.of(), "S2")),
                List.of(demand(0, "M", "S1", 1), demand(0, "M", "S2", 1)),
                ONE_WEEK);
        var factory = new PlanFactory(problem);
        Plan plan = factory.emptyPlan();
        Location left = factory.location("r", desk("A1"));
        SeatBook seats = new SeatBook(factory, plan, Duration.ofMillis(50), Cutoff.NEVER);
        seats.keep(work(plan, factory, "a", 0, "M", "S1", left));
        seats.keep(work(plan, factory, "b", 3, "M", "S2", left));
        assertEquals(-1, service.score(plan).mediumScore());

        int gained = new CoverageRepair(plan, seats, new Random(1)).repair(Cutoff.NEVER);

        assertEquals(1, gained);
        assertEquals(
                0,
                service.score(plan).hardScore(),
                service.explain(plan).constraints().toString());
        assertEquals(0, service.score(plan).mediumScore());
        var b = service.entries(plan).stream()
                .filter(e -> e.operatorId().equals("b"))
                .toList();
        assertEquals(List.of(TestSite.MONDAY), b.stream().map(e -> e.date()).toList());
        assertEquals(desk("A3"), b.get(0).desk());
    }

    @Test
    void repair_shortServiceAndSpareOne_chainOfServiceSwitches() {
        var problem = PlanningProblem.of(
                List.of(room("r", -1, "D.D.D")),
                List.of(shift("M", "08:00", "14:00")),
                List.of(
                        operator("a", 1, Set.of(), Set.of(), "S1", "S2"),
                        operator("b", 1, Set.of(), Set.of(), "S2", "S3"),
                        operator("c", 1, Set.of(), Set.of(), "S3")),
                List.of(demand(0, "M", "S1", 1), demand(0, "M", "S2", 1), demand(0, "M", "S3", 1)),
                ONE_WEEK);
        var factory = new PlanFactory(problem);
        Plan plan = factory.emptyPlan();
        SeatBook seats = new SeatBook(factory, plan, Duration.ofMillis(50), Cutoff.NEVER);
        seats.keep(work(plan, factory, "a", 0, "M", "S2", factory.location("r", desk("A1"))));
        seats.keep(work(plan, factory, "b", 0, "M", "S3", factory.location("r", desk("A3"))));
        seats.keep(work(plan, factory, "c", 0, "M", "S3", factory.location("r", desk("A5"))));

        new CoverageRepair(plan, seats, new Random(1)).repair(Cutoff.NEVER);

        assertEquals(0, service.score(plan).hardScore());
        assertEquals(
                0, service.score(plan).mediumScore(), PlanFactory.entries(plan).toString());
    }
}
