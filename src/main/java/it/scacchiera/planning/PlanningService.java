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
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Plans: a plain-Java construction, then OptaPlanner local search within a time limit, reporting
 * every better plan and stoppable with {@link #cancel()}. Also scores and explains any plan or
 * schedule with the very same constraints. One solve at a time per instance.
 */
public final class PlanningService implements LivePlanScore {
    /** Below this much time left, a second full score of a large plan is a share of the limit worth keeping. */
    private static final Duration SHORT_LIMIT = Duration.ofSeconds(5);

    private final SolverTuning tuning;
    private final SolverFactory<Plan> scoringFactory;
    private final SolutionManager<Plan, HardMediumSoftScore> solutionManager;
    private final LivePins livePins = new LivePins();
    private volatile Deadline current;

    public PlanningService() {
        this(SolverTuning.DEFAULT);
    }

    public PlanningService(SolverTuning tuning) {
        this.tuning = tuning;
        this.scoringFactory = SolverFactory.create(tuning.config(Duration.ofSeconds(1), EnvironmentMode.REPRODUCIBLE));
        this.solutionManager = SolutionManager.create(scoringFactory);
    }

    /**
     * Solves within {@code limit}, warm-starting from the problem's published plan where it still
     * holds; see {@link #solve(PlanningProblem, List, Deadline, Consumer)}.
     */
    public SolveResult solve(PlanningProblem problem, Duration limit, Consumer<Plan> onBest) {
        return solve(problem, problem.published(), begin(limit), onBest);
    }

    /**
     * The deadline of the next solve, starting now: {@link #cancel()} stops that solve from this moment
     * on, even before it has started (a Stop pressed while the solve waits for a thread is kept).
     */
    public Deadline begin(Duration limit) {
        Deadline deadline = new Deadline(limit);
        current = deadline;
        livePins.open();
        return deadline;
    }

    /**
     * Solves until {@code deadline} (capacity searches and construction included; local search stops
     * sooner when the best plan has not improved for a quarter of the limit, at least 10 seconds). The
     * rows of {@code start} that still hold are the first plan (see {@link WarmStart}); construction
     * fills the rest. Calls {@code onBest} from the solving thread with each better plan: construction's
     * once desks are repaired, every few seconds while coverage is and once it is, then local search's.
     * Each is a copy the solver no longer changes, so another thread (the UI's) may keep and read it.
     */
    public SolveResult solve(
            PlanningProblem problem, List<ScheduleEntry> start, Deadline deadline, Consumer<Plan> onBest) {
        var factory = new PlanFactory(problem);
        Duration capacityTime = capacityTimePerRoom(problem, deadline.left());
        try {
            var warm = new WarmStart(factory);
            // Construction keeps at most half the time left, so that local search has its share; the
            // first plan that keeps the hard rules is shown as soon as desks are repaired.
            long limit = deadline.left().toNanos();
            var constructionEnd = new Cutoff(System.nanoTime() + limit / 2, deadline::cancelled);
            // Scoring a plan to show it takes a while on a large site (over half a second on 15,000 rows, the
            // first time). With a short limit the safe plan is shown only within its first quarter; past it,
            // construction's own end is near, and its plan is shown then, scored once.
            long showSafeBy = System.nanoTime() + limit / 4;
            boolean[] shownSafe = {false};
            Plan plan = new Construction(factory, capacityTime)
                    .complete(warm.plan(start), tuning.seed(), constructionEnd, safe -> {
                        boolean worthScoring = System.nanoTime() - showSafeBy < 0
                                || deadline.left().compareTo(SHORT_LIMIT) > 0;
                        if (!deadline.cancelled() && !constructionEnd.passed() && worthScoring) {
                            solutionManager.update(safe);
                            onBest.accept(PlanFactory.snapshot(safe));
                            shownSafe[0] = true;
                        }
                    });
            warm.release();
            var budget = ChangeBudget.of(problem, warm);
            Consumer<Plan> report = budget.andThen(onBest);
            livePins.settle(plan, factory); // pins added while the first plan was built
            if (!deadline.cancelled()) {
                ServiceSwitches.fill(plan); // the exact service match per shift, before the plan is scored
            }
            long scoring = System.nanoTime();
            solutionManager.update(plan);
            Duration scoreTime = Duration.ofNanos(System.nanoTime() - scoring);
            if (!(deadline.cancelled() && shownSafe[0])) { // stopped at the safe plan: nothing more to show
                report.accept(PlanFactory.snapshot(plan));
            }
            // Beside local search, within what is left of the limit (capacities are cached: no second search).
            // Not sooner: beside construction it would take the second core from the JIT compiler just when a
            // short limit needs it most.
            CoverageBound.Pending bound = CoverageBound.start(factory, capacityTime, deadline.left());
            // Local search starts with a full score of its own: with less time left than one took, it would
            // only run past the limit (a large site with a short --time-limit).
            Duration left = deadline.left();
            boolean search = !deadline.expired()
                    && left.compareTo(scoreTime) > 0
                    && !plan.getAssignments().isEmpty();
            Solver<Plan> solver = search
                    ? solver(
                            factory,
                            capacityTime,
                            deadline,
                            left,
                            !problem.published().isEmpty(),
                            report)
                    : null;
            if (livePins.start(plan, factory, solver) > 0 && solver == null) { // pins added while it was scored
                solutionManager.update(plan);
                report.accept(PlanFactory.snapshot(plan));
            }
            if (solver != null) {
                deadline.attach(solver);
                plan = deadline.cancelled() ? plan : solver.solve(plan);
            }
            // Local search may end with a shift whose operators could split better over their skills.
            if (solver != null && !deadline.cancelled() && ServiceSwitches.fill(plan) > 0) {
                solutionManager.update(plan);
                report.accept(PlanFactory.snapshot(plan));
            }
            plan = budget.choose(plan);
            int lowerBound = bound.await(deadline.cancelled() ? Duration.ZERO : deadline.left());
            return new SolveResult(plan, plan.getScore(), PlanFactory.entries(plan), lowerBound, deadline.elapsed());
        } finally {
            deadline.detach();
            livePins.close();
        }
    }

    /**
     * Local search in rounds: each round ends once coverage has not improved for a while (soft gains do not
     * count), then a {@link RepairRound} fills what it can with chains of changes, one step deeper each
     * round, and the next round goes on from there; the last round runs to the limit.
     *
     * <p>Moves are evaluated on the solving thread unless {@link SolverTuning#moveThreads()} asks for move
     * threads (OptaPlanner's multithreaded solving): on 2 cores they found no better plan (docs/BENCHMARKS.md).
     */
    private Solver<Plan> solver(
            PlanFactory factory,
            Duration capacityTime,
            Deadline deadline,
            Duration left,
            boolean published,
            Consumer<Plan> onBest) {
        SolverConfig config = tuning.config(left, tuning.environmentMode(), published);
        PhaseConfig<?> localSearch = config.getPhaseConfigList().get(0);
        Duration window = RepairRound.window(left);
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(deadline.checkpoint()));
        for (int round = 0; round < RepairRound.ROUNDS; round++) {
            phases.add(localSearch.copyConfig().withTerminationConfig(SolverTuning.coverageStalled(window)));
            phases.add(new CustomPhaseConfig()
                    .withCustomPhaseCommands(new RepairRound(
                            factory,
                            capacityTime,
                            solutionManager::update,
                            deadline,
                            window,
                            RepairRound.depth(round),
                            tuning.seed() + round)));
        }
        phases.add(localSearch);
        config.setPhaseConfigList(phases);
        Solver<Plan> solver = SolverFactory.<Plan>create(config).buildSolver();
        solver.addEventListener(event -> onBest.accept(event.getNewBestSolution()));
        return solver;
    }

    /**
     * Seat patterns need not be proven optimal to plan with, so the capacity searches of all rooms together
     * take at most a quarter of the time left (two per room: the capacity pattern and a second one disjoint
     * from it), keeping {@code --time-limit} honest on sites with many rooms.
     */
    private Duration capacityTimePerRoom(PlanningProblem problem, Duration left) {
        Duration share = left.dividedBy(8L * Math.max(1, problem.rooms().size()));
        Duration least = Duration.ofMillis(20);
        Duration budget = share.compareTo(tuning.capacityTimePerRoom()) < 0 ? share : tuning.capacityTimePerRoom();
        return budget.compareTo(least) < 0 ? least : budget;
    }

    /** Stops the current solve at whatever stage it is; it returns its best plan so far. */
    public void cancel() {
        Deadline deadline = current;
        if (deadline != null) {
            deadline.cancel();
        }
    }

    /**
     * Pins a decision in the solve under way, which goes on from it (a pin that comes before local
     * search starts is set on its first plan); false when no solve is under way (then add the pin to
     * the next {@link PlanningProblem}).
     */
    public boolean pin(Pin pin) {
        return livePins.add(pin);
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

    @Override
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
