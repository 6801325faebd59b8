package it.scacchiera.planning;

import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/** Two operators working on one date exchange their desks (or one's desk for the other's remote day). */
final class LocationSwapMove extends AbstractMove<Plan> {
    private final Assignment left;
    private final Assignment right;

    LocationSwapMove(Assignment left, Assignment right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Plan> director) {
        return left != right
                && !left.isPinned()
                && !right.isPinned()
                && !left.getLocation().equals(right.getLocation());
    }

    @Override
    protected AbstractMove<Plan> createUndoMove(ScoreDirector<Plan> director) {
        return new LocationSwapMove(left, right);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Plan> director) {
        Location location = left.getLocation();
        director.beforeVariableChanged(left, "location");
        left.setLocation(right.getLocation());
        director.afterVariableChanged(left, "location");
        director.beforeVariableChanged(right, "location");
        right.setLocation(location);
        director.afterVariableChanged(right, "location");
    }

    @Override
    public LocationSwapMove rebase(ScoreDirector<Plan> director) {
        return new LocationSwapMove(director.lookUpWorkingObject(left), director.lookUpWorkingObject(right));
    }

    @Override
    public List<Assignment> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public List<Location> getPlanningValues() {
        return List.of(left.getLocation(), right.getLocation());
    }

    @Override
    public String toString() {
        return left + " <-location-> " + right;
    }
}
