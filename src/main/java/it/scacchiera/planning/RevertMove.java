package it.scacchiera.planning;

import it.scacchiera.roster.Shift;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sets a group of assignments to given days (shift, service, place) at once: the published plan's, to
 * take back a change together with the changes it is tied to (two operators who swapped desks, a day
 * moved within an operator's week), which no single-variable move can undo.
 */
final class RevertMove extends AbstractMove<Plan> {
    /** One operator's day; the place is kept when the shift is null (a day off has none). */
    record Day(Shift shift, String service, Location location) {
        static Day of(Assignment a) {
            return new Day(a.getShift(), a.getService(), a.getLocation());
        }
    }

    private final List<Assignment> group;
    private final List<Day> days;
    /**
     * An undo: every day goes back whole, a day off's service and place too. A revert to a published day
     * off leaves them, but a day off that a revert put back to work must get its own again, or evaluating
     * the move leaves a trace no rule sees: each move thread's copy of the plan would keep the traces of
     * the moves it evaluated, and a later shift change would score differently on each copy.
     */
    private final boolean whole;

    RevertMove(List<Assignment> group, List<Day> days) {
        this(group, days, false);
    }

    private RevertMove(List<Assignment> group, List<Day> days, boolean whole) {
        this.group = List.copyOf(group);
        this.days = List.copyOf(days);
        this.whole = whole;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Plan> director) {
        if (group.isEmpty() || group.stream().anyMatch(Assignment::isPinned)) {
            return false;
        }
        for (int i = 0; i < group.size(); i++) {
            if (!Day.of(group.get(i)).equals(days.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected AbstractMove<Plan> createUndoMove(ScoreDirector<Plan> director) {
        List<Day> before = new ArrayList<>();
        group.forEach(a -> before.add(Day.of(a)));
        return new RevertMove(group, before, true);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Plan> director) {
        for (int i = 0; i < group.size(); i++) {
            Assignment a = group.get(i);
            Day day = days.get(i);
            set(director, a, "shift", a.getShift(), day.shift(), () -> a.setShift(day.shift()));
            if (day.shift() != null || whole) {
                set(director, a, "service", a.getService(), day.service(), () -> a.setService(day.service()));
                set(director, a, "location", a.getLocation(), day.location(), () -> a.setLocation(day.location()));
            }
        }
    }

    private static void set(
            ScoreDirector<Plan> director, Assignment a, String variable, Object was, Object now, Runnable change) {
        if (!Objects.equals(was, now)) {
            director.beforeVariableChanged(a, variable);
            change.run();
            director.afterVariableChanged(a, variable);
        }
    }

    @Override
    public RevertMove rebase(ScoreDirector<Plan> director) {
        // Shifts, services and places are problem facts shared by every copy of the plan.
        return new RevertMove(group.stream().map(director::lookUpWorkingObject).toList(), days, whole);
    }

    @Override
    public List<Assignment> getPlanningEntities() {
        return group;
    }

    @Override
    public List<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        days.forEach(d -> {
            values.add(d.shift());
            values.add(d.location());
        });
        return values;
    }

    @Override
    public String toString() {
        return "revert " + group;
    }
}
