package it.scacchiera.planning.bound;

import it.scacchiera.planning.PlanFactory;
import it.scacchiera.roster.Demand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The seat-aware coverage lower bound: week by week, the optimum of {@link SeatAwareModel}'s
 * linear program, certified from the solver's multipliers by {@link LagrangianBound} and rounded
 * up (a week's shortfall is a whole number); the weeks' bounds add up. Each week is solved first
 * with the coarsest operator classes, which is quick, then with finer ones while time is left:
 * every level is a valid relaxation, so the best certified one counts.
 */
public final class SeatAwareBound {
    /** Operator-class variables a week's program may have, beyond which ojAlgo is too slow. */
    static final int MOST_CLASS_VARIABLES = 3_000;

    /**
     * @param bound the certified bound
     * @param solved whether every week's program was solved at the finest level tried
     * @param detail the finest level solved in every week, null when even the coarsest was not
     * @param variables variables of the largest program solved
     * @param rows rows of the largest program solved
     */
    public record Outcome(
            int bound,
            boolean solved,
            OperatorClass.Detail detail,
            int variables,
            int rows,
            long nonZeros,
            Duration elapsed) {}

    private record Level(OperatorClass.Detail detail, List<OperatorClass> classes) {}

    private SeatAwareBound() {}

    public static Outcome of(PlanFactory factory, List<RoomSeats> rooms, Duration limit) {
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        Set<String> demanded = new TreeSet<>();
        factory.problem().demands().stream()
                .filter(d -> d.required() > 0)
                .map(Demand::service)
                .forEach(demanded::add);
        int perWeek = 7 * factory.problem().shifts().size();
        List<Level> levels = new ArrayList<>();
        OperatorClass.Detail[] details = OperatorClass.Detail.values();
        for (int d = details.length - 1; d >= 0; d--) {
            List<OperatorClass> classes = OperatorClass.of(factory, demanded, details[d]);
            boolean finer = levels.isEmpty()
                    || classes.size() > levels.get(levels.size() - 1).classes().size();
            if (finer && (levels.isEmpty() || (long) classes.size() * perWeek <= MOST_CLASS_VARIABLES)) {
                levels.add(new Level(details[d], classes));
            }
        }
        int weeks = factory.problem().horizon().weeks();
        int bound = 0;
        int finest = Integer.MAX_VALUE;
        int variables = 0;
        int rows = 0;
        long nonZeros = 0;
        for (int w = 0; w < weeks; w++) {
            long weekEnd = System.nanoTime() + (deadline - System.nanoTime()) / (weeks - w);
            int best = 0;
            int level = 0;
            for (; level < levels.size(); level++) {
                LinearProgram lp = new SeatAwareModel(factory, levels.get(level).classes(), rooms, w).lp;
                long left = weekEnd - System.nanoTime();
                OjAlgoLp.Outcome outcome = left > 0 ? OjAlgoLp.solve(lp, Duration.ofNanos(left)) : null;
                if (outcome == null || !outcome.optimal()) {
                    break;
                }
                BigDecimal certified = LagrangianBound.of(lp, outcome.multipliers());
                // certified ≤ the program's optimum ≤ the week's least shortfall, a whole number; certified
                // is exact (no rounding), so rounding it up needs no tolerance and stays valid whatever
                // error the solver made: a poor multiplier only lowers it.
                best = Math.max(
                        best, certified.setScale(0, RoundingMode.CEILING).intValueExact());
                variables = Math.max(variables, lp.variables());
                rows = Math.max(rows, lp.rows().size());
                nonZeros = Math.max(nonZeros, lp.nonZeros());
            }
            bound += best;
            finest = Math.min(finest, level);
        }
        OperatorClass.Detail detail =
                finest == 0 ? null : levels.get(finest - 1).detail();
        return new Outcome(
                bound,
                finest == levels.size(),
                detail,
                variables,
                rows,
                nonZeros,
                Duration.ofNanos(System.nanoTime() - started));
    }
}
