package it.scacchiera.planning.bound;

import java.util.ArrayList;
import java.util.List;

/** The left-hand side of one row being written: variables and their coefficients. */
final class Terms {
    private final List<Integer> variables = new ArrayList<>();
    private final List<Double> coefficients = new ArrayList<>();

    Terms add(int variable, double coefficient) {
        variables.add(variable);
        coefficients.add(coefficient);
        return this;
    }

    Terms addAll(Terms other, double factor) {
        for (int t = 0; t < other.size(); t++) {
            add(other.variables.get(t), factor * other.coefficients.get(t));
        }
        return this;
    }

    int size() {
        return variables.size();
    }

    void addTo(LinearProgram lp, double lower, double upper) {
        lp.row(lower, upper, variables, coefficients);
    }
}
