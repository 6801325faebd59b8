package it.scacchiera.planning;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The score of a plan the planner edits by hand, asked for after each change, with the solver's own
 * constraints. The window holds this interface only: how it scores stays inside planning.
 */
public interface LivePlanScore {
    /** One plan's scoring; building it may score the whole plan once. */
    Session on(Plan plan);

    /** The scoring of one plan; use from one thread at a time. */
    interface Session {
        /** Runs an edit of one assignment's variables; the next {@link #score()} sees it. */
        void change(Assignment assignment, Runnable edit);

        HardMediumSoftScore score();
    }

    /** Incremental: a change rescores only what it touches. */
    static LivePlanScore create() {
        return new IncrementalPlanScore();
    }
}
