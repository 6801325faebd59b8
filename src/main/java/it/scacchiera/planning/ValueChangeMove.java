package it.scacchiera.planning;

import it.scacchiera.roster.Shift;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * One assignment takes another shift (or the day off) or another place. OptaPlanner's own change move
 * does the same, but to hand it to a move thread it must look the value up in that thread's copy of
 * the plan, and a {@code Shift} has no planning id ({@code roster} stays free of OptaPlanner). Shifts
 * and places are problem facts shared by every copy, so this move looks up the assignment alone.
 */
final class ValueChangeMove extends AbstractMove<Plan> {
    /** The planning variables whose values are shared facts without a planning id. */
    enum Variable {
        SHIFT("shift"),
        LOCATION("location");

        final String name;

        Variable(String name) {
            this.name = name;
        }

        Object get(Assignment a) {
            return this == SHIFT ? a.getShift() : a.getLocation();
        }

        void set(Assignment a, Object value) {
            if (this == SHIFT) {
                a.setShift((Shift) value);
            } else {
                a.setLocation((Location) value);
            }
        }
    }

    private final Assignment assignment;
    private final Variable variable;
    private final Object value;

    ValueChangeMove(Assignment assignment, Variable variable, Object value) {
        this.assignment = assignment;
        this.variable = variable;
        this.value = value;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Plan> director) {
        return !assignment.isPinned() && !Objects.equals(variable.get(assignment), value);
    }

    @Override
    protected AbstractMove<Plan> createUndoMove(ScoreDirector<Plan> director) {
        return new ValueChangeMove(assignment, variable, variable.get(assignment));
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Plan> director) {
        director.beforeVariableChanged(assignment, variable.name);
        variable.set(assignment, value);
        director.afterVariableChanged(assignment, variable.name);
    }

    @Override
    public ValueChangeMove rebase(ScoreDirector<Plan> director) {
        return new ValueChangeMove(director.lookUpWorkingObject(assignment), variable, value);
    }

    @Override
    public List<Assignment> getPlanningEntities() {
        return List.of(assignment);
    }

    @Override
    public List<Object> getPlanningValues() {
        return Collections.singletonList(value);
    }

    @Override
    public String toString() {
        return assignment + " {" + variable.get(assignment) + " -> " + value + "}";
    }
}
