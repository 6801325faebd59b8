package it.scacchiera.planning.bound;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear program kept in our own terms, minimise {@code offset + Σ cost·x} over lower ≤ x ≤ upper
 * and rows lower ≤ Σ coefficient·x ≤ upper, so that the bound can be checked from the solver's
 * multipliers without trusting the solver's arithmetic ({@link LagrangianBound}). A row of one
 * variable becomes that variable's bounds: the solver's presolve would do so anyway, and then give
 * the row no multiplier to certify with.
 */
final class LinearProgram {
    /** One row; an infinite lower or upper side means the row has no such side. */
    record Row(double lower, double upper, int[] variables, double[] coefficients) {}

    private final List<Double> lower = new ArrayList<>();
    private final List<Double> upper = new ArrayList<>();
    private final List<Double> cost = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private double offset;

    /** A new variable 0 ≤ x ≤ upper (finite, so that every Lagrangian bound is finite). */
    int variable(double upperBound, double costPerUnit) {
        if (!(upperBound >= 0) || Double.isInfinite(upperBound)) {
            throw new IllegalArgumentException("a variable needs a finite upper bound >= 0: " + upperBound);
        }
        lower.add(0.0);
        upper.add(upperBound);
        cost.add(costPerUnit);
        return upper.size() - 1;
    }

    void row(double lowerSide, double upperSide, List<Integer> variables, List<Double> coefficients) {
        if (variables.size() == 1 && coefficients.get(0) > 0) {
            int j = variables.get(0);
            double from = Math.max(lower.get(j), lowerSide / coefficients.get(0));
            double to = Math.min(upper.get(j), upperSide / coefficients.get(0));
            if (from <= to) { // else keep the row, and the solver finds no feasible point
                lower.set(j, from);
                upper.set(j, to);
                return;
            }
        }
        if (variables.isEmpty() && lowerSide <= 0 && 0 <= upperSide) {
            return;
        }
        rows.add(new Row(
                lowerSide,
                upperSide,
                variables.stream().mapToInt(Integer::intValue).toArray(),
                coefficients.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    void addOffset(double constant) {
        offset += constant;
    }

    int variables() {
        return upper.size();
    }

    double lower(int variable) {
        return lower.get(variable);
    }

    double upper(int variable) {
        return upper.get(variable);
    }

    double cost(int variable) {
        return cost.get(variable);
    }

    List<Row> rows() {
        return rows;
    }

    double offset() {
        return offset;
    }

    long nonZeros() {
        return rows.stream().mapToLong(r -> r.variables().length).sum();
    }
}
