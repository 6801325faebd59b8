package it.scacchiera.planning;

import it.scacchiera.roster.Shift;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Two assignments exchange shift, service and location. Within one operator's week it moves a
 * working day to another day, keeping the days per week right (rule 7); between two operators of
 * one date it exchanges their days, keeping every desk's occupancy; only between operators who
 * both have the two services, so that the exchange is its own undo.
 */
final class DaySwapMove extends AbstractMove<Plan> {
    private final Assignment left;
    private final Assignment right;

    DaySwapMove(Assignment left, Assignment right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Plan> director) {
        return !left.isPinned()
                && !right.isPinned()
                && (left.isWorking() || right.isWorking())
                && !Objects.equals(left.getShift(), right.getShift())
                && fits(left, right.getShift())
                && fits(right, left.getShift())
                && left.getServiceRange().contains(right.getService())
                && right.getServiceRange().contains(left.getService());
    }

    private static boolean fits(Assignment a, Shift shift) {
        return shift == null || a.getShiftRange().contains(shift);
    }

    @Override
    protected AbstractMove<Plan> createUndoMove(ScoreDirector<Plan> director) {
        return new DaySwapMove(left, right);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Plan> director) {
        Shift shift = left.getShift();
        String service = left.getService();
        Location location = left.getLocation();
        set(director, left, right.getShift(), right.getService(), right.getLocation());
        set(director, right, shift, service, location);
    }

    static void set(ScoreDirector<Plan> director, Assignment a, Shift shift, String service, Location location) {
        director.beforeVariableChanged(a, "shift");
        a.setShift(shift);
        director.afterVariableChanged(a, "shift");
        director.beforeVariableChanged(a, "service");
        a.setService(service);
        director.afterVariableChanged(a, "service");
        director.beforeVariableChanged(a, "location");
        a.setLocation(location);
        director.afterVariableChanged(a, "location");
    }

    @Override
    public DaySwapMove rebase(ScoreDirector<Plan> director) {
        return new DaySwapMove(director.lookUpWorkingObject(left), director.lookUpWorkingObject(right));
    }

    @Override
    public List<Assignment> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public List<Object> getPlanningValues() {
        return java.util.Arrays.asList(left.getShift(), right.getShift(), left.getLocation(), right.getLocation());
    }

    @Override
    public String toString() {
        return left + " <-> " + right;
    }
}
