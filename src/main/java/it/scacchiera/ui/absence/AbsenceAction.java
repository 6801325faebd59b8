package it.scacchiera.ui.absence;

import it.scacchiera.ui.plan.PlanViewModel;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * Mark absent… from a menu: ask who and when, re-plan with the fewest changes in the background, show
 * the difference and put the new plan on screen only when the planner accepts it.
 */
public final class AbsenceAction {
    private final PlanViewModel plan;
    private final Replan replan;
    private final ResourceBundle bundle;
    private final Consumer<String> say;

    public AbsenceAction(
            PlanViewModel plan, ResourceBundle bundle, Executor background, Executor fxThread, Consumer<String> say) {
        this.plan = plan;
        this.replan = new Replan(plan, plan.planning(), background, fxThread);
        this.bundle = bundle;
        this.say = say;
    }

    /** @param operatorId preselected, or null */
    public void run(Window owner, String operatorId) {
        if (!replan.ready()) {
            say.accept(bundle.getString("absence.noPlan"));
            return;
        }
        var dialog = new AbsenceDialog(
                plan.siteProperty().get().operators(),
                operatorId,
                plan.dayProperty().get(),
                bundle);
        dialog.initOwner(owner);
        dialog.showAndWait().ifPresent(absence -> {
            say.accept(bundle.getString("absence.solving"));
            replan.markAbsent(
                    absence.operatorId(),
                    absence.from(),
                    absence.to(),
                    proposal -> review(owner, proposal),
                    failure ->
                            say.accept(MessageFormat.format(bundle.getString("absence.failed"), failure.getMessage())));
        });
    }

    private void review(Window owner, Replan.Proposal proposal) {
        var diff = new DiffDialog(proposal.diff(), plan.siteProperty().get().floors(), bundle);
        diff.initOwner(owner);
        boolean accepted = diff.showAndWait().orElse(false);
        if (accepted) {
            replan.accept(proposal);
        } else {
            replan.discard(proposal);
        }
        say.accept(bundle.getString(accepted ? "absence.accepted" : "absence.discarded"));
    }
}
