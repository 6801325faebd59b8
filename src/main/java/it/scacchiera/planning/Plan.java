package it.scacchiera.planning;

import it.scacchiera.roster.Demand;
import it.scacchiera.roster.Horizon;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** A plan: every operator on every date of the horizon, with the facts the rules need. */
@PlanningSolution
public class Plan {
    private Horizon horizon;

    @ValueRangeProvider(id = "locations")
    @ProblemFactCollectionProperty
    private List<Location> locations;

    @ProblemFactCollectionProperty
    private List<DeskConflict> deskConflicts;

    @ProblemFactCollectionProperty
    private List<Moment> moments;

    @ProblemFactCollectionProperty
    private List<Demand> demands;

    @PlanningEntityCollectionProperty
    private List<Assignment> assignments;

    @PlanningScore
    private HardMediumSoftScore score;

    /** For OptaPlanner's cloner. */
    public Plan() {}

    public Plan(
            Horizon horizon,
            List<Location> locations,
            List<DeskConflict> deskConflicts,
            List<Moment> moments,
            List<Demand> demands,
            List<Assignment> assignments) {
        this.horizon = horizon;
        this.locations = locations;
        this.deskConflicts = deskConflicts;
        this.moments = moments;
        this.demands = demands;
        this.assignments = assignments;
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public List<Location> getLocations() {
        return locations;
    }

    public List<DeskConflict> getDeskConflicts() {
        return deskConflicts;
    }

    public List<Moment> getMoments() {
        return moments;
    }

    public List<Demand> getDemands() {
        return demands;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
