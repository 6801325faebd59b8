package it.scacchiera.planning;

import static it.scacchiera.planning.TestSite.ONE_WEEK;
import static it.scacchiera.planning.TestSite.desk;
import static it.scacchiera.planning.TestSite.operator;
import static it.scacchiera.planning.TestSite.room;
import static it.scacchiera.planning.TestSite.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/** The custom moves' doability; their undo and scoring are checked by the FULL_ASSERT solve. */
class MovesTest {
    private final PlanFactory factory = new PlanFactory(PlanningProblem.of(
            List.of(room("r", -1, "D.D")),
            List.of(shift("M", "08:00", "14:00"), shift("W", "09:00", "17:00", DayOfWeek.MONDAY)),
            List.of(operator("a", "in-house", false, "S1"), operator("b", "in-house", false, "S1")),
            List.of(),
            ONE_WEEK));
    private final Plan plan = factory.emptyPlan();

    /** A real score director on the plan, as the solver would use. */
    private InnerScoreDirector<Plan, ?> director() {
        var solverFactory = (DefaultSolverFactory<Plan>) SolverFactory.<Plan>create(
                SolverTuning.DEFAULT.config(Duration.ofSeconds(1), EnvironmentMode.REPRODUCIBLE));
        InnerScoreDirector<Plan, ?> director =
                solverFactory.getScoreDirectorFactory().buildScoreDirector(false, false);
        director.setWorkingSolution(plan);
        return director;
    }

    @Test
    void daySwap_scoredLikeAFreshPlan() {
        TestSite.work(plan, factory, "a", 0, "M", "S1", factory.location("r", desk("A1")));
        TestSite.work(plan, factory, "b", 1, "M", "S1", factory.location("r", desk("A1")));
        var director = director();
        director.calculateScore();

        new DaySwapMove(day("a", 0), day("a", 1)).doMoveOnly(director);

        assertEquals(new PlanningService().score(plan), director.calculateScore());
    }

    private Assignment day(String operatorId, int day) {
        return plan.getAssignments().stream()
                .filter(a -> a.getOperatorId().equals(operatorId) && a.getDayIndex() == day)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void daySwap_workingDayToDayOff_doable() {
        Assignment monday = TestSite.work(plan, factory, "a", 0, "M", "S1", factory.location("r", desk("A1")));

        assertTrue(new DaySwapMove(monday, day("a", 1)).isMoveDoable(null));
    }

    @Test
    void daySwap_shiftNotRunningOnTheOtherDay_notDoable() {
        Assignment monday = TestSite.work(plan, factory, "a", 0, "W", "S1", Location.REMOTE);

        assertFalse(new DaySwapMove(monday, day("a", 1)).isMoveDoable(null));
    }

    @Test
    void daySwap_twoDaysOffOrPinned_notDoable() {
        Assignment monday = TestSite.work(plan, factory, "a", 0, "M", "S1", Location.REMOTE);
        day("a", 2).setPinned(true);

        assertFalse(new DaySwapMove(day("a", 1), day("a", 3)).isMoveDoable(null));
        assertFalse(new DaySwapMove(monday, day("a", 2)).isMoveDoable(null));
    }

    @Test
    void daySwap_done_valuesChangePlaces() {
        Location a1 = factory.location("r", desk("A1"));
        Assignment monday = TestSite.work(plan, factory, "a", 0, "M", "S1", a1);
        Assignment tuesday = day("a", 1);

        new DaySwapMove(monday, tuesday).doMoveOnGenuineVariables(director());

        assertNull(monday.getShift());
        assertEquals("M", tuesday.getShiftCode());
        assertEquals(a1, tuesday.getLocation());
    }

    @Test
    void locationSwap_sameLocation_notDoable() {
        Assignment a = TestSite.work(plan, factory, "a", 0, "M", "S1", Location.REMOTE);
        Assignment b = TestSite.work(plan, factory, "b", 0, "M", "S1", Location.REMOTE);

        assertFalse(new LocationSwapMove(a, b).isMoveDoable(null));
    }

    @Test
    void locationSwap_done_desksExchanged() {
        Location a1 = factory.location("r", desk("A1"));
        Assignment a = TestSite.work(plan, factory, "a", 0, "M", "S1", a1);
        Assignment b = TestSite.work(plan, factory, "b", 0, "M", "S1", Location.REMOTE);

        new LocationSwapMove(a, b).doMoveOnGenuineVariables(director());

        assertEquals(Location.REMOTE, a.getLocation());
        assertEquals(a1, b.getLocation());
        assertEquals(Set.of(a, b), Set.copyOf(new LocationSwapMove(a, b).getPlanningEntities()));
    }

    @Test
    void revert_twoOperatorsSwappedDesks_bothGoBackTogether() {
        Location a1 = factory.location("r", desk("A1"));
        Location a3 = factory.location("r", desk("A3"));
        Assignment a = TestSite.work(plan, factory, "a", 0, "M", "S1", a3);
        Assignment b = TestSite.work(plan, factory, "b", 0, "M", "S1", a1);
        a.setPublished(new Assignment.Published("M", "S1", a1));
        b.setPublished(new Assignment.Published("M", "S1", a3));
        var reverts = new PublishedReverts();
        reverts.phaseStarted(director());

        RevertMove move = reverts.revert(a);
        move.doMoveOnGenuineVariables(director());

        assertEquals(Set.of(a, b), Set.copyOf(move.getPlanningEntities()));
        assertEquals(a1, a.getLocation());
        assertEquals(a3, b.getLocation());
        assertFalse(a.isChangedFromPublished() || b.isChangedFromPublished());
    }

    @Test
    void revert_dayMovedWithinTheWeek_takesTheOtherDayBackToo() {
        Location a1 = factory.location("r", desk("A1"));
        Assignment tuesday = TestSite.work(plan, factory, "a", 1, "M", "S1", a1);
        Assignment monday = day("a", 0);
        monday.setPublished(new Assignment.Published("M", "S1", a1));
        tuesday.setPublished(new Assignment.Published(null, null, Location.REMOTE));
        var reverts = new PublishedReverts();
        reverts.phaseStarted(director());

        reverts.revert(monday).doMoveOnGenuineVariables(director());

        assertEquals("M", monday.getShiftCode());
        assertNull(tuesday.getShift());
    }

    @Test
    void revert_publishedShiftNoLongerAllowed_notDoable() {
        Assignment monday = TestSite.work(plan, factory, "a", 0, "M", "S1", Location.REMOTE);
        monday.setPublished(new Assignment.Published("NIGHT", "S1", Location.REMOTE));
        var reverts = new PublishedReverts();
        reverts.phaseStarted(director());

        assertFalse(reverts.revert(monday).isMoveDoable(null));
    }

    @Test
    void revert_undone_scoredLikeAFreshPlan() {
        Location a1 = factory.location("r", desk("A1"));
        Assignment a = TestSite.work(plan, factory, "a", 0, "M", "S1", Location.REMOTE);
        a.setPublished(new Assignment.Published("M", "S1", a1));
        var director = director();
        var before = director.calculateScore();
        var reverts = new PublishedReverts();
        reverts.phaseStarted(director);

        var undo = reverts.revert(a).doMove(director);
        undo.doMoveOnly(director);

        assertEquals(Location.REMOTE, a.getLocation());
        assertEquals(before, director.calculateScore());
        assertEquals(new PlanningService().score(plan), director.calculateScore());
    }

    @Test
    void revert_ofADayOff_undone_dayOffExactlyAsItWas() {
        // A day off keeps a service and a place that no rule sees; undoing a revert that put it back to a
        // published working day must restore them too, or every copy of the plan that evaluated the move
        // (one per move thread) keeps a different hidden place, which a later shift change brings to light.
        Location a1 = factory.location("r", desk("A1"));
        Assignment monday = day("a", 0);
        String service = monday.getService();
        Location place = monday.getLocation();
        monday.setPublished(new Assignment.Published("M", "S1", a1));
        var director = director();
        var reverts = new PublishedReverts();
        reverts.phaseStarted(director);

        var undo = reverts.revert(monday).doMove(director);
        assertEquals(a1, monday.getLocation());
        undo.doMoveOnly(director);

        assertNull(monday.getShift());
        assertEquals(service, monday.getService());
        assertEquals(place, monday.getLocation());
        assertEquals(new PlanningService().score(plan), director.calculateScore());
    }
}
