package it.scacchiera.planning;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Incremental live scoring: a score director kept on one plan is told which assignment changed, so a
 * drop rescores only what it touches. OptaPlanner's public API has no incremental entry point (its
 * {@code ScoreDirector} interface is public, but only internal factories build one): {@code
 * SolutionManager.update} scores the whole plan with a new director each time. Measured on the sample
 * site's 1,120-desk hall, one week, an edit = move one operator to a free desk, then score
 * ({@code LiveScoreTimings}, a program in the test sources; warm round, 2 shared cores under load): here
 * 0.1 ms median, 4.3 ms max; {@code SolutionManager.update} 99 ms median (54 ms in the cold round),
 * 220 ms max, above the 50 ms a drop may take. The difference matters, so this one class uses the internal score director
 * ({@code InnerScoreDirector} through {@code DefaultSolverFactory}); it stays in planning, behind
 * {@link LivePlanScore}, and {@code LiveScoreTest} checks it against the full score after every change.
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
