package it.scacchiera.planning;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Incremental live scoring: a score director kept on one plan is told which assignment changed, so a
 * drop rescores in a few milliseconds. OptaPlanner's public API has no incremental entry point:
 * {@code SolutionManager.update} scores the whole plan with a new director each time, measured on the
 * sample site at a 278 ms median per drop against 32 ms here (UiTimings). So this one class uses the
 * internal score director, and it stays in planning, behind {@link LivePlanScore}.
 */
final class IncrementalPlanScore implements LivePlanScore {
    private static final String[] VARIABLES = {"shift", "service", "location"};

    private final InnerScoreDirectorFactory<Plan, HardMediumSoftScore> factory;

    @SuppressWarnings("unchecked")
    IncrementalPlanScore() {
        var config = new SolverConfig()
                .withSolutionClass(Plan.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(PlanConstraints.class);
        var solverFactory = (DefaultSolverFactory<Plan>) SolverFactory.<Plan>create(config);
        this.factory = (InnerScoreDirectorFactory<Plan, HardMediumSoftScore>)
                (InnerScoreDirectorFactory<Plan, ?>) solverFactory.getScoreDirectorFactory();
    }

    /** Building the session scores the whole plan once; later changes are incremental. */
    @Override
    public Session on(Plan plan) {
        InnerScoreDirector<Plan, HardMediumSoftScore> director = factory.buildScoreDirector();
        director.setWorkingSolution(plan);
        director.calculateScore();
        return new Session() {
            @Override
            public void change(Assignment assignment, Runnable edit) {
                for (String variable : VARIABLES) {
                    director.beforeVariableChanged(assignment, variable);
                }
                edit.run();
                for (String variable : VARIABLES) {
                    director.afterVariableChanged(assignment, variable);
                }
                director.triggerVariableListeners();
            }

            @Override
            public HardMediumSoftScore score() {
                return director.calculateScore();
            }
        };
    }
}
