package it.scacchiera.ui.absence;

import it.scacchiera.planning.Deadline;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.report.PlanDiff;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.plan.SolverState;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Marks an operator absent and plans again with the fewest changes: the solve starts from the plan on
 * screen (warm start) and the published plan, or the plan on screen when none was published, feeds the
 * soft rule "Changes from the published plan". The new plan is only a proposal with its difference until
 * {@link #accept(Proposal)} puts it on screen.
 */
public final class Replan {
    /** A re-planned schedule and what it changes against the plan on screen. */
    public record Proposal(
            String operatorId,
            Set<LocalDate> absent,
            List<ScheduleEntry> before,
            List<ScheduleEntry> after,
            List<ScheduleEntry> published,
            PlanDiff diff) {}

    private final PlanViewModel plan;
    private final PlanningService planning;
    private final Executor background;
    private final Executor fxThread;

    public Replan(PlanViewModel plan, PlanningService planning, Executor background, Executor fxThread) {
        this.plan = plan;
        this.planning = planning;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Whether a plan is on screen and the solver is free. */
    public boolean ready() {
        SolverState state = plan.stateProperty().get();
        return !plan.entries().isEmpty() && state != SolverState.SOLVING && state != SolverState.STOPPING;
    }

    /** Call on the FX thread; the solve runs on the background executor and reports back on the FX thread. */
    public void markAbsent(
            String operatorId, LocalDate from, LocalDate to, Consumer<Proposal> onDone, Consumer<Exception> onFailure) {
        Set<LocalDate> absent = plan.absences().add(operatorId, from, to);
        List<ScheduleEntry> before = plan.entries();
        PlanningProblem current = plan.problem();
        List<ScheduleEntry> published = current.published().isEmpty() ? before : current.published();
        PlanningProblem problem = current.withPublished(published);
        Deadline deadline = planning.begin(plan.settingsProperty().get().timeLimit());
        background.execute(() -> {
            try {
                List<ScheduleEntry> after =
                        planning.solve(problem, before, deadline, best -> {}).entries();
                var proposal = new Proposal(
                        operatorId,
                        absent,
                        before,
                        after,
                        current.published(),
                        PlanDiff.of(before, after, problem.demands()));
                fxThread.execute(() -> onDone.accept(proposal));
            } catch (RuntimeException e) {
                fxThread.execute(() -> onFailure.accept(e));
            }
        });
    }

    /** Puts the proposed plan on screen, keeping the pins and the published plan the soft rule compares with. */
    public void accept(Proposal proposal) {
        plan.load(plan.horizon(), proposal.after(), plan.pins());
        plan.setPublished(proposal.published());
    }

    /** Leaves the plan on screen as it was and takes back the absence that led to the proposal. */
    public void discard(Proposal proposal) {
        plan.absences().remove(proposal.operatorId(), proposal.absent());
    }
}
