package it.scacchiera.planning;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The score of a plan the planner edits by hand, with the solver's own constraints. The window holds
 * this interface only: how it scores stays inside planning. {@link PlanningService} implements it with
 * OptaPlanner's public {@code SolutionManager.update}, which scores the whole plan each time (about
 * 100 ms for the sample site's week, {@code LiveScoreTimings}): callers run it off the FX thread, on
 * their own copy of the plan ({@link PlanFactory#snapshot(Plan)}).
 */
public interface LivePlanScore {
    /** Scores the plan and sets its score. Safe from any thread, one plan per call. */
    HardMediumSoftScore score(Plan plan);
}
