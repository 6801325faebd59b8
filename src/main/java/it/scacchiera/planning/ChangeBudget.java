package it.scacchiera.planning;

import it.scacchiera.roster.ScheduleEntry;
import java.util.List;
import java.util.function.Consumer;

/**
 * SPEC §5: re-solving a published plan whose rows all still hold changes at most 1% of its rows.
 * Coverage outranks the soft rule "Changes from the published plan", so local search may trade many
 * changed rows for a little coverage; this remembers the last best plan within the budget, which is
 * never worse than the published plan itself, and the solve returns it instead.
 */
final class ChangeBudget implements Consumer<Plan> {
    private final List<ScheduleEntry> published;
    private final int allowed;
    private Plan within;

    private ChangeBudget(List<ScheduleEntry> published, int allowed) {
        this.published = published;
        this.allowed = allowed;
    }

    /** A budget when every published row held (nothing forces a change), else none. */
    static ChangeBudget of(PlanningProblem problem, WarmStart warm) {
        boolean unchanged = !problem.published().isEmpty() && warm.dropped() == 0;
        return new ChangeBudget(
                problem.published(), unchanged ? problem.published().size() / 100 : -1);
    }

    /** Called with each best plan, in order: the first plan, then local search's. */
    @Override
    public void accept(Plan best) {
        if (allowed >= 0 && withinBudget(best)) {
            within = best;
        }
    }

    /** The solve's final plan, or the last best one within the budget when the final one changes more. */
    Plan choose(Plan last) {
        return allowed < 0 || within == null || withinBudget(last) ? last : within;
    }

    private boolean withinBudget(Plan plan) {
        return ScheduleChanges.count(published, PlanFactory.entries(plan)) <= allowed;
    }
}
