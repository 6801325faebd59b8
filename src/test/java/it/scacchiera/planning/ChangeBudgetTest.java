package it.scacchiera.planning;

import static org.junit.jupiter.api.Assertions.assertSame;

import it.scacchiera.bench.SyntheticSite;
import it.scacchiera.roster.ScheduleEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeBudgetTest {
    private final PlanningService service = new PlanningService();

    @Test
    void choose_finalPlanChangesTwoPercent_lastPlanWithinOnePercent() {
        PlanningProblem base = SyntheticSite.generate(1, 200, 1, 3L);
        List<ScheduleEntry> published = service.entries(service.construct(base));
        PlanningProblem problem = base.withPublished(published);
        var warm = new WarmStart(new PlanFactory(problem));
        Plan start = warm.plan(published);
        var budget = ChangeBudget.of(problem, warm);
        Plan changed = PlanFactory.snapshot(start);
        changed.getAssignments().stream()
                .filter(Assignment::isWorking)
                .limit(published.size() / 50)
                .forEach(a -> a.setShift(null));

        budget.accept(start);
        budget.accept(changed);

        assertSame(start, budget.choose(changed));
    }

    @Test
    void choose_aPublishedRowNoLongerHolds_noBudget() {
        PlanningProblem base = SyntheticSite.generate(1, 200, 1, 3L);
        List<ScheduleEntry> published = service.entries(service.construct(base));
        ScheduleEntry first = published.get(0);
        var moved = new ScheduleEntry(
                first.date(),
                "no such shift",
                first.start(),
                first.end(),
                first.operatorId(),
                first.operatorName(),
                first.team(),
                first.employer(),
                first.service(),
                first.room(),
                first.desk(),
                first.headset());
        List<ScheduleEntry> stale = new java.util.ArrayList<>(published);
        stale.set(0, moved);
        PlanningProblem problem = base.withPublished(stale);
        var warm = new WarmStart(new PlanFactory(problem));
        Plan start = warm.plan(stale);
        var budget = ChangeBudget.of(problem, warm);
        Plan changed = PlanFactory.snapshot(start);
        changed.getAssignments().stream()
                .filter(Assignment::isWorking)
                .limit(20)
                .forEach(a -> a.setShift(null));

        budget.accept(start);

        assertSame(changed, budget.choose(changed));
    }
}
