package it.scacchiera.ui.plan;

import it.scacchiera.planning.Assignment;
import it.scacchiera.planning.LivePlanScore;
import it.scacchiera.planning.Plan;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Scoring of manual changes for the window's working plans: planning's {@link LivePlanScore}, kept
 * behind this small seam so the live solve and the working plan need not know how it scores.
 */
final class LiveScore {
    private final LivePlanScore scoring;

    LiveScore() {
        this(LivePlanScore.create());
    }

    LiveScore(LivePlanScore scoring) {
        this.scoring = scoring;
    }

    /** A director over one plan. Use from one thread at a time. */
    Director on(Plan plan) {
        return new Director(scoring.on(plan));
    }

    static final class Director {
        private final LivePlanScore.Session session;

        private Director(LivePlanScore.Session session) {
            this.session = session;
        }

        /** Changes one assignment's variables. */
        void change(Assignment assignment, Runnable edit) {
            session.change(assignment, edit);
        }

        HardMediumSoftScore score() {
            return session.score();
        }
    }
}
