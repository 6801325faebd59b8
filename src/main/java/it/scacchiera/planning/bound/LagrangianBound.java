package it.scacchiera.planning.bound;

import java.math.BigDecimal;

/**
 * A lower bound of a {@link LinearProgram} computed exactly from any row multipliers: for each row
 * a multiplier y of the sign its sides allow (≥ 0 on a lower side, ≤ 0 on an upper side, either on
 * an equality), L(y) = offset + Σ y·side + Σ over variables of min over [lower, upper] of
 * (cost − Σ y·coefficient)·x. Every feasible x scores at least L(y) (weak duality), whatever y is:
 * so numerical error in the solver can only make L(y) weaker, never invalid, and the sums here are
 * exact ({@link BigDecimal} holds every double exactly).
 */
final class LagrangianBound {
    private LagrangianBound() {}

    /** The better of L(y) and L(−y), so a solver's sign convention for multipliers does not matter. */
    static BigDecimal of(LinearProgram lp, double[] multipliers) {
        BigDecimal plus = evaluate(lp, multipliers, 1);
        BigDecimal minus = evaluate(lp, multipliers, -1);
        return plus.max(minus);
    }

    private static BigDecimal evaluate(LinearProgram lp, double[] multipliers, int sign) {
        BigDecimal bound = new BigDecimal(lp.offset());
        BigDecimal[] reduced = new BigDecimal[lp.variables()];
        for (int j = 0; j < reduced.length; j++) {
            reduced[j] = new BigDecimal(lp.cost(j));
        }
        for (int i = 0; i < lp.rows().size(); i++) {
            LinearProgram.Row row = lp.rows().get(i);
            double y = allowed(row, sign * multipliers[i]);
            if (y == 0) {
                continue;
            }
            BigDecimal exact = new BigDecimal(y);
            bound = bound.add(exact.multiply(new BigDecimal(y > 0 ? row.lower() : row.upper())));
            for (int k = 0; k < row.variables().length; k++) {
                int j = row.variables()[k];
                reduced[j] = reduced[j].subtract(exact.multiply(new BigDecimal(row.coefficients()[k])));
            }
        }
        for (int j = 0; j < reduced.length; j++) {
            double at = reduced[j].signum() < 0 ? lp.upper(j) : lp.lower(j);
            bound = bound.add(reduced[j].multiply(new BigDecimal(at)));
        }
        return bound;
    }

    /** The multiplier clamped to the sign the row's sides allow: 0 where it would not be valid. */
    private static double allowed(LinearProgram.Row row, double y) {
        if (!Double.isFinite(y)) {
            return 0;
        }
        if (y > 0 && Double.isInfinite(row.lower())) {
            return 0;
        }
        if (y < 0 && Double.isInfinite(row.upper())) {
            return 0;
        }
        return y;
    }
}
