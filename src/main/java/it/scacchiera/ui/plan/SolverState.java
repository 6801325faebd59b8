package it.scacchiera.ui.plan;

/** What the solver is doing, as the status bar says it (bundle key {@code solver.<name in lower case>}). */
public enum SolverState {
    NO_PLAN,
    SOLVING,
    STOPPING,
    SOLVED,
    STOPPED,
    /** The solve ended worse than the plan on screen (the inputs changed): that plan is kept. */
    KEPT,
    FAILED
}
