package it.scacchiera.ui.plan;

import it.scacchiera.planning.Assignment;
import it.scacchiera.planning.Plan;
import it.scacchiera.planning.PlanConstraints;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Incremental scoring of manual changes with the solver's own constraints: a score director kept on one
 * working plan is told which assignment changed, so a drop rescores in well under a millisecond instead
 * of the tens of milliseconds a full {@code PlanningService.score(plan)} takes on a 300-operator week.
 * PlanningService has no incremental entry point; this wraps OptaPlanner's score director here in the UI.
 */
final class LiveScore {
    private static final String[] VARIABLES = {"shift", "service", "location"};

    private final InnerScoreDirectorFactory<Plan, HardMediumSoftScore> factory;

    @SuppressWarnings("unchecked")
    LiveScore() {
        var config = new SolverConfig()
                .withSolutionClass(Plan.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(PlanConstraints.class);
        var solverFactory = (DefaultSolverFactory<Plan>) SolverFactory.<Plan>create(config);
        this.factory = (InnerScoreDirectorFactory<Plan, HardMediumSoftScore>)
                (InnerScoreDirectorFactory<Plan, ?>) solverFactory.getScoreDirectorFactory();
    }

    /** A director over one plan; building it scores the whole plan once. Use from one thread at a time. */
    Director on(Plan plan) {
        InnerScoreDirector<Plan, HardMediumSoftScore> director = factory.buildScoreDirector();
        director.setWorkingSolution(plan);
        director.calculateScore();
        return new Director(director);
    }

    static final class Director {
        private final InnerScoreDirector<Plan, HardMediumSoftScore> director;

        private Director(InnerScoreDirector<Plan, HardMediumSoftScore> director) {
            this.director = director;
        }

        /** Changes one assignment's variables and tells the director which entity moved. */
        void change(Assignment assignment, Runnable edit) {
            for (String variable : VARIABLES) {
                director.beforeVariableChanged(assignment, variable);
            }
            edit.run();
            for (String variable : VARIABLES) {
                director.afterVariableChanged(assignment, variable);
            }
            director.triggerVariableListeners();
        }

        HardMediumSoftScore score() {
            return director.calculateScore();
        }
    }
}
