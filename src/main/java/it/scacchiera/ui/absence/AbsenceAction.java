package it.scacchiera.ui.absence;

import it.scacchiera.input.InputException;
import it.scacchiera.roster.UnavailableWriter;
import it.scacchiera.site.SiteReader;
import it.scacchiera.ui.common.Failures;
import it.scacchiera.ui.plan.PlanViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * Mark absent… from a menu: ask who and when, re-plan with the fewest changes in the background, show
 * the difference and put the new plan on screen only when the planner accepts it. An accepted absence is
 * written into the site's {@code operators.csv}, so the command line and the next session plan around it.
 */
public final class AbsenceAction {
    private final PlanViewModel plan;
    private final Replan replan;
    private final ResourceBundle bundle;
    private final Consumer<String> say;
    private final Executor background;
    private final Executor fxThread;
    private final Path siteFolder;

    /** @param siteFolder the open site's folder, whose operators.csv keeps the absences; null for none */
    public AbsenceAction(
            PlanViewModel plan,
            ResourceBundle bundle,
            Executor background,
            Executor fxThread,
            Consumer<String> say,
            Path siteFolder) {
        this.plan = plan;
        this.replan = new Replan(plan, plan.planning(), background, fxThread);
        this.bundle = bundle;
        this.say = say;
        this.background = background;
        this.fxThread = fxThread;
        this.siteFolder = siteFolder;
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
        if (accepted && siteFolder != null) {
            keep(proposal);
        }
    }

    /** Writes the absence into operators.csv in the background; the status bar says how it went. */
    private void keep(Replan.Proposal proposal) {
        Path file = siteFolder.resolve(SiteReader.OPERATORS);
        var shifts = plan.siteProperty().get().shiftsByCode();
        background.execute(() -> {
            String done;
            try {
                new UnavailableWriter().add(file, shifts, proposal.operatorId(), proposal.absent());
                done = MessageFormat.format(bundle.getString("absence.written"), file.getFileName());
            } catch (IOException | InputException | RuntimeException e) {
                done = MessageFormat.format(bundle.getString("absence.notWritten"), Failures.describe(e));
            }
            String message = done;
            fxThread.execute(() -> say.accept(message));
        });
    }
}
