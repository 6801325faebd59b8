package it.scacchiera.ui.main;

import it.scacchiera.ui.plan.PlanViewModel;

/**
 * The status bar's left message tells what just happened ("No plan yet: solve first", "Written
 * week.csv", "The new plan is on screen: save it"). It goes as soon as the plan it spoke about
 * changes: edited, solved, undone, opened or saved (another site replaces it with its own load messages). A message said with the change that caused it
 * comes after the change, so it stays. A running load keeps its progress messages.
 */
public final class StatusExpiry {
    private StatusExpiry() {}

    public static void install(MainViewModel model, PlanViewModel plan) {
        Runnable clear = () -> {
            if (!model.busyProperty().get()) {
                model.say("");
            }
        };
        plan.revisionProperty().addListener((o, before, after) -> clear.run());
        plan.dirtyProperty().addListener((o, before, dirty) -> {
            if (!dirty) {
                clear.run(); // saved: "save it" and the like are done
            }
        });
    }
}
