package it.scacchiera.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.bench.SyntheticSite;
import it.scacchiera.roster.Operator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

/** A solve ends at its deadline or on cancel, at any stage, and always returns a complete plan. */
class DeadlineTest {
    private final PlanningService service = new PlanningService();

    @Test
    void cancel_beforeTheSolveStarts_firstPlanOnlyAndComplete() {
        PlanningProblem problem = SyntheticSite.generate(2, 300, 1, 12L);
        Deadline deadline = service.begin(Duration.ofMinutes(10));
        service.cancel();
        AtomicInteger plans = new AtomicInteger();

        SolveResult result = service.solve(problem, List.of(), deadline, plan -> plans.incrementAndGet());

        assertTrue(deadline.expired());
        assertEquals(1, plans.get(), "no local search after a cancel");
        assertEquals(owedDays(problem), result.entries().size());
    }

    @Test
    void construction_stoppedWhileItRuns_quickStepsOnlyAndPlanComplete() {
        // Construction asks its cutoff before each thorough step: a Stop makes the rest quick, never partial.
        PlanningProblem problem = SyntheticSite.generate(2, 300, 1, 12L);
        AtomicInteger asked = new AtomicInteger();
        var stopAfterAFewSteps = new Cutoff(Long.MAX_VALUE, () -> asked.incrementAndGet() > 5);

        Plan plan = new Construction(new PlanFactory(problem), Duration.ofMillis(100))
                .complete(new PlanFactory(problem).emptyPlan(), 1L, stopAfterAFewSteps, safe -> {});

        assertTrue(asked.get() > 5, "construction asked " + asked.get() + " times");
        assertEquals(owedDays(problem), PlanFactory.entries(plan).size());
    }

    @Test
    void solve_largeSiteOneSecond_deadlineExpiredAndPlanComplete() {
        PlanningProblem problem = SyntheticSite.generate(8, 1000, 2, 7L);
        Deadline deadline = service.begin(Duration.ofSeconds(1));

        SolveResult result = service.solve(problem, List.of(), deadline, plan -> {});

        assertTrue(deadline.expired());
        assertEquals(Duration.ZERO, deadline.left());
        assertEquals(owedDays(problem), result.entries().size());
    }

    @Test
    @Timeout(120) // without the deadline's alarm this solve would run to its own hour
    void attach_solverWithItsOwnLongerLimit_endsAtTheDeadline() {
        // Local search's spent limit counts from when it starts; the deadline counts from when the solve was asked.
        PlanningProblem problem = SyntheticSite.generate(1, 60, 1, 8L);
        Plan plan = service.construct(problem);
        Solver<Plan> solver = SolverFactory.<Plan>create(
                        SolverTuning.DEFAULT.config(Duration.ofHours(1), EnvironmentMode.REPRODUCIBLE))
                .buildSolver();
        Deadline deadline = new Deadline(Duration.ofMillis(300));

        deadline.attach(solver);
        solver.solve(plan);
        deadline.detach();

        assertTrue(deadline.expired());
        assertTrue(solver.isTerminateEarly(), "ended by the deadline, not by its own limit");
    }

    @Test
    void pin_beforeLocalSearchStarts_keptInTheResult() {
        PlanningProblem problem = SyntheticSite.generate(1, 60, 1, 8L);
        var first = service.entries(service.construct(problem)).get(0);
        Deadline deadline = service.begin(Duration.ofSeconds(2));

        boolean taken = service.pin(Pin.dayOff(first.operatorId(), first.date()));
        SolveResult result = service.solve(problem, List.of(), deadline, plan -> {});

        assertTrue(taken);
        assertFalse(result.entries().stream()
                .anyMatch(e ->
                        e.operatorId().equals(first.operatorId()) && e.date().equals(first.date())));
        assertTrue(result.plan().getAssignments().stream()
                .anyMatch(a -> a.isPinned() && a.getOperatorId().equals(first.operatorId())));
    }

    @Test
    void pin_afterTheSolveEnded_refused() {
        PlanningProblem problem = SyntheticSite.generate(1, 20, 1, 8L);
        service.solve(problem, Duration.ofMillis(300), plan -> {});

        assertFalse(service.pin(Pin.dayOff("op0001", problem.horizon().from())));
    }

    @Test
    void left_afterCancel_zeroAndExpired() {
        Deadline deadline = service.begin(Duration.ofHours(1));

        deadline.cancel();

        assertEquals(Duration.ZERO, deadline.left());
        assertTrue(deadline.expired());
    }

    /** Rule 7: what every operator owes, summed; a complete plan has exactly these rows. */
    private static int owedDays(PlanningProblem problem) {
        var factory = new PlanFactory(problem);
        List<LocalDate> dates = problem.horizon().dates();
        int owed = 0;
        for (Operator o : problem.operators()) {
            for (int w = 0; w < problem.horizon().weeks(); w++) {
                owed += factory.target(o, dates.subList(w * 7, w * 7 + 7));
            }
        }
        return owed;
    }
}
