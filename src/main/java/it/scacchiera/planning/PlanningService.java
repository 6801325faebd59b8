package it.scacchiera.planning;

import it.scacchiera.roster.ScheduleEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * Plans: a plain-Java construction, then OptaPlanner local search within a time limit, reporting
 * every better plan and stoppable with {@link #cancel()}. Also scores and explains any plan or
 * schedule with the very same constraints. One solve at a time per instance.
 */
public final class PlanningService {
    private final SolverTuning tuning;
    private final SolverFactory<Plan> scoringFactory;
    private final SolutionManager<Plan, HardMediumSoftScore> solutionManager;
    private volatile Solver<Plan> running;
    private volatile PlanFactory runningFactory;
    private volatile boolean cancelled;

    public PlanningService() {
        this(SolverTuning.DEFAULT);
    }

    public PlanningService(SolverTuning tuning) {
        this.tuning = tuning;
        this.scoringFactory = SolverFactory.create(tuning.config(Duration.ofSeconds(1), EnvironmentMode.REPRODUCIBLE));
        this.solutionManager = SolutionManager.create(scoringFactory);
    }

    /**
     * Solves within {@code limit} (construction included; it stops sooner when the best plan has
     * not improved for a quarter of the limit, at least 10 seconds), calling {@code onBest} from the solving
     * thread with each better plan: construction's once desks are repaired and once coverage is, then local search's. Each is a copy the
     * solver no longer changes, so another thread (the UI's) may keep and read it.
     */
    public SolveResult solve(PlanningProblem problem, Duration limit, Consumer<Plan> onBest) {
        long started = System.nanoTime();
        cancelled = false;
        var factory = new PlanFactory(problem);
        Duration capacityTime = capacityTimePerRoom(problem, limit);
        // Construction keeps at most half the limit, so that local search has its share.
        Plan plan = new Construction(factory, capacityTime)
                .build(tuning.seed(), started + limit.toNanos() / 2, safe -> {
                    solutionManager.update(safe);
                    onBest.accept(PlanFactory.snapshot(safe));
                });
        solutionManager.update(plan);
        if (!cancelled) { // stopped at the safe plan: no further plans reported
            onBest.accept(PlanFactory.snapshot(plan));
        }
        Duration left = limit.minusNanos(System.nanoTime() - started);
        if (!cancelled && left.toMillis() > 0 && !plan.getAssignments().isEmpty()) {
            Solver<Plan> solver = SolverFactory.<Plan>create(tuning.config(left, tuning.environmentMode()))
                    .buildSolver();
            solver.addEventListener(event -> onBest.accept(event.getNewBestSolution()));
            runningFactory = factory;
            running = solver;
            try {
                if (!cancelled) {
                    plan = solver.solve(plan);
                }
            } finally {
                running = null;
            }
        }
        int bound = CoverageBound.of(factory, capacityTime); // capacities are cached: no second search
        return new SolveResult(
                plan, plan.getScore(), PlanFactory.entries(plan), bound, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Stops a running solve early; it returns its best plan so far. */
    /**
     * Seat patterns need not be proven optimal to plan with, so the capacity searches of all rooms together
     * take at most a quarter of the time limit, keeping {@code --time-limit} honest on sites with many rooms.
     */
    private Duration capacityTimePerRoom(PlanningProblem problem, Duration limit) {
        Duration share = limit.dividedBy(4L * Math.max(1, problem.rooms().size()));
        Duration least = Duration.ofMillis(20);
        Duration budget = share.compareTo(tuning.capacityTimePerRoom()) < 0 ? share : tuning.capacityTimePerRoom();
        return budget.compareTo(least) < 0 ? least : budget;
    }

    public void cancel() {
        cancelled = true;
        Solver<Plan> solver = running;
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    /**
     * Pins a decision in the running solve, which goes on from it; false when nothing is running
     * (then add the pin to the next {@link PlanningProblem}).
     */
    public boolean pin(Pin pin) {
        Solver<Plan> solver = running;
        if (solver == null) {
            return false;
        }
        solver.addProblemChange(new PinChange(pin, runningFactory));
        return true;
    }

    /** The first plan alone, without local search. */
    public Plan construct(PlanningProblem problem) {
        Plan plan = new Construction(new PlanFactory(problem), tuning.capacityTimePerRoom()).build(tuning.seed());
        solutionManager.update(plan);
        return plan;
    }

    /** Scores a schedule (e.g. one read from CSV) with the solver's constraints. */
    public HardMediumSoftScore score(PlanningProblem problem, List<ScheduleEntry> entries) {
        return solutionManager.update(new PlanFactory(problem).planOf(entries));
    }

    public HardMediumSoftScore score(Plan plan) {
        return solutionManager.update(plan);
    }

    /** The score by constraint, worst first, and the reasons behind every hard and medium penalty. */
    public ScoreReport explain(Plan plan) {
        ScoreExplanation<Plan, HardMediumSoftScore> explanation = solutionManager.explain(plan);
        List<ScoreReport.ConstraintScore> constraints = new ArrayList<>();
        explanation.getConstraintMatchTotalMap().values().forEach(total -> {
            List<Why> reasons = new ArrayList<>();
            total.getConstraintMatchSet().forEach(match -> {
                if (match.getJustification() instanceof Why why) {
                    reasons.add(why);
                }
            });
            constraints.add(new ScoreReport.ConstraintScore(
                    total.getConstraintName(), total.getScore(), total.getConstraintMatchCount(), reasons));
        });
        constraints.sort(Comparator.comparing(ScoreReport.ConstraintScore::score)
                .thenComparing(ScoreReport.ConstraintScore::name));
        return new ScoreReport(explanation.getScore(), constraints);
    }

    /** The schedule rows of a plan, in SPEC §4 order. */
    public List<ScheduleEntry> entries(Plan plan) {
        return PlanFactory.entries(plan);
    }
}
