package it.scacchiera.planning.bound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.ModelEntity;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.linear.LinearSolver;
import org.ojalgo.type.keyvalue.EntryPair;

/** Solves a {@link LinearProgram} with ojAlgo's simplex within a time limit. */
final class OjAlgoLp {
    /**
     * @param optimal whether the solver proved its value optimal within the limit
     * @param value the solver's objective value (not itself trusted as a bound)
     * @param multipliers one per row of the program, 0 where the solver gave none
     */
    record Outcome(boolean optimal, double value, double[] multipliers) {}

    private OjAlgoLp() {}

    static Outcome solve(LinearProgram lp, Duration limit) {
        Optimisation.Options options = new Optimisation.Options();
        options.time_abort = Math.max(1, limit.toMillis());
        options.time_suffice = options.time_abort;
        // The revised dual simplex on sparse storage: on these programs (many bounded variables, few
        // nonzeros per row) the dense tableau is several times slower.
        options.linear(new LinearSolver.Configuration().dual());
        options.sparse = Boolean.TRUE;
        var model = new ExpressionsBasedModel(options);
        List<Variable> variables = new ArrayList<>(lp.variables());
        for (int j = 0; j < lp.variables(); j++) {
            variables.add(model.addVariable("x" + j)
                    .lower(lp.lower(j))
                    .upper(lp.upper(j))
                    .weight(lp.cost(j)));
        }
        List<Expression> rows = new ArrayList<>(lp.rows().size());
        for (int i = 0; i < lp.rows().size(); i++) {
            LinearProgram.Row row = lp.rows().get(i);
            Expression e = model.addExpression("r" + i);
            for (int k = 0; k < row.variables().length; k++) {
                e.add(variables.get(row.variables()[k]), row.coefficients()[k]);
            }
            if (Double.isFinite(row.lower())) {
                e.lower(row.lower());
            }
            if (Double.isFinite(row.upper())) {
                e.upper(row.upper());
            }
            rows.add(e);
        }
        Optimisation.Result result = model.minimise();
        double[] multipliers = new double[rows.size()];
        var index = new IdentityHashMap<Object, Integer>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i), i);
        }
        for (EntryPair.KeyedPrimitive<EntryPair<ModelEntity<?>, Optimisation.ConstraintType>> m :
                result.getMatchedMultipliers()) {
            Integer i = index.get(m.first().first());
            if (i != null) {
                multipliers[i] += m.doubleValue();
            }
        }
        return new Outcome(result.getState().isOptimal(), result.getValue(), multipliers);
    }
}
