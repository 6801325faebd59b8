package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.MONDAY;
import static it.scacchiera.planning.TestSite.ONE_WEEK;
import static it.scacchiera.planning.TestSite.desk;
import static it.scacchiera.planning.TestSite.operator;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.roster.ScheduleEntry;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanFactoryTest {
    private final PlanningProblem problem = PlanningProblem.of(
            List.of(room("b", -1, "DD.D", "S..."), room("a", 4, "D.DX")),
            List.of(shift("M", "08:00", "14:00"), shift("W", "09:00", "17:00", DayOfWeek.MONDAY)),
            List.of(
                    operator("o2", "in-house", true, "S1"),
                    operator("o1", 3, Set.of("M"), Set.of(MONDAY, MONDAY.plusDays(1)), "S1", "S2")),
            List.of(),
            ONE_WEEK);
    private final PlanFactory factory = new PlanFactory(problem);

    @Test
    void emptyPlan_everyOperatorEveryDate_allOff() {
        Plan plan = factory.emptyPlan();

        assertEquals(14, plan.getAssignments().size());
        assertTrue(plan.getAssignments().stream().noneMatch(Assignment::isWorking));
    }

    @Test
    void emptyPlan_unavailableDate_noShiftToChoose() {
        Plan plan = factory.emptyPlan();

        Assignment monday = find(plan, "o1", 0);
        Assignment wednesday = find(plan, "o1", 2);
        assertEquals(List.of(), monday.getShiftRange());
        assertEquals(
                List.of("M"),
                wednesday.getShiftRange().stream().map(s -> s.code()).toList());
    }

    @Test
    void desks_usableOnly_deskNextToFixedPostLeftOut() {
        var labels = factory.desks().stream().map(Location::label).toList();

        assertEquals(List.of("b A2", "b A4", "a A1", "a A3"), labels);
    }

    @Test
    void target_unavailableDays_lowerTarget() {
        assertEquals(3, factory.target(problem.operators().get(1), ONE_WEEK.dates()));
        assertEquals(5, factory.target(problem.operators().get(0), ONE_WEEK.dates()));
    }

    @Test
    void location_unknownCell_notAssignable() {
        assertFalse(factory.location("a", desk("A4")).assignable());
        assertFalse(factory.location("b", desk("B1")).assignable());
        assertEquals(1, factory.location("b", desk("A1")).fixedPostConflicts());
        assertTrue(factory.location(null, null).remote());
    }

    @Test
    void entries_mixedPlan_specOrder() {
        Plan plan = factory.emptyPlan();
        TestSite.work(plan, factory, "o2", 0, "W", "S1", Location.REMOTE);
        TestSite.work(plan, factory, "o1", 2, "M", "S1", factory.location("b", desk("A4")));
        TestSite.work(plan, factory, "o2", 2, "M", "S1", factory.location("a", desk("A3")));

        List<ScheduleEntry> rows = PlanFactory.entries(plan);

        assertEquals(
                List.of("o2 W null", "o2 M a", "o1 M b"),
                rows.stream()
                        .map(e -> e.operatorId() + " " + e.shift() + " " + e.room())
                        .toList());
    }

    @Test
    void planOf_entriesOfAPlan_sameEntriesBack() {
        Plan plan = factory.emptyPlan();
        TestSite.work(plan, factory, "o2", 0, "W", "S1", Location.REMOTE);
        TestSite.work(plan, factory, "o1", 3, "M", "S2", factory.location("b", desk("A2")));
        List<ScheduleEntry> rows = PlanFactory.entries(plan);

        Plan back = factory.planOf(rows);

        assertEquals(rows, PlanFactory.entries(back));
    }

    /** A schedule scored with a published plan counts the changes from it, as the solver does. */
    @Test
    void planOf_publishedPlan_attachedAsInEmptyPlan() {
        Plan published = factory.emptyPlan();
        TestSite.work(published, factory, "o2", 0, "W", "S1", Location.REMOTE);
        TestSite.work(published, factory, "o1", 3, "M", "S2", factory.location("b", desk("A2")));
        var replanned = new PlanFactory(problem.withPublished(PlanFactory.entries(published)));
        Plan moved = replanned.emptyPlan();
        TestSite.work(moved, replanned, "o2", 1, "W", "S1", Location.REMOTE);
        TestSite.work(moved, replanned, "o1", 3, "M", "S2", replanned.location("b", desk("A2")));

        Plan back = replanned.planOf(PlanFactory.entries(moved));

        assertEquals(
                replanned.emptyPlan().getAssignments().stream()
                        .map(Assignment::getPublished)
                        .toList(),
                back.getAssignments().stream().map(Assignment::getPublished).toList());
        assertEquals(
                2,
                back.getAssignments().stream()
                        .filter(Assignment::isChangedFromPublished)
                        .count());
        var service = new PlanningService();
        assertEquals(service.score(moved), service.score(back));
    }

    @Test
    void planOf_twoRowsOneDate_extraAssignment() {
        Plan plan = factory.emptyPlan();
        TestSite.work(plan, factory, "o2", 0, "W", "S1", Location.REMOTE);
        List<ScheduleEntry> row = PlanFactory.entries(plan);

        Plan twice = factory.planOf(List.of(row.get(0), row.get(0)));

        assertEquals(15, twice.getAssignments().size());
        assertEquals(2, PlanFactory.entries(twice).size());
    }

    private static Assignment find(Plan plan, String operatorId, int day) {
        return plan.getAssignments().stream()
                .filter(a -> a.getOperatorId().equals(operatorId) && a.getDayIndex() == day)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void prepareSeatPatterns_roomsSideBySide_sameAsOneByOne() {
        PlanningProblem problem = it.scacchiera.bench.SyntheticSite.generate(3, 60, 1, 5L);
        var ahead = new PlanFactory(problem);
        var oneByOne = new PlanFactory(problem);
        java.time.Duration limit = java.time.Duration.ofSeconds(5);

        ahead.prepareSeatPatterns(limit);

        for (var graph : problem.rooms()) {
            assertTrue(ahead.knowsSeatPatterns(graph), graph.floor().id());
            assertFalse(oneByOne.knowsSeatPatterns(graph), graph.floor().id());
            var expected = oneByOne.capacity(graph, limit);
            assertTrue(expected.optimal(), graph.floor().id());
            assertEquals(expected.capacity(), ahead.capacity(graph, limit).capacity());
            assertEquals(expected.pattern(), ahead.capacity(graph, limit).pattern());
            assertEquals(oneByOne.secondPattern(graph, limit), ahead.secondPattern(graph, limit));
        }
    }
}
