package it.scacchiera.planning.bound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagrangianBoundTest {
    /** minimise 5 − x − y with x + y ≤ 3 and 0 ≤ x, y ≤ 10: the optimum is 2. */
    private static LinearProgram program() {
        var lp = new LinearProgram();
        int x = lp.variable(10, -1);
        int y = lp.variable(10, -1);
        lp.row(Double.NEGATIVE_INFINITY, 3, List.of(x, y), List.of(1.0, 1.0));
        lp.addOffset(5);
        return lp;
    }

    @Test
    void of_optimalMultiplierEitherSign_theOptimum() {
        assertEquals(0, BigDecimal.valueOf(2).compareTo(LagrangianBound.of(program(), new double[] {-1})));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(LagrangianBound.of(program(), new double[] {1})));
    }

    @Test
    void of_noMultiplier_onlyTheBoxes() {
        assertEquals(0, BigDecimal.valueOf(-15).compareTo(LagrangianBound.of(program(), new double[] {0})));
    }

    @Test
    void of_anyMultiplier_neverAboveTheOptimum() {
        for (double m : new double[] {-7, -2, -1.5, -0.5, 0.3, 1.5, 9}) {
            assertTrue(LagrangianBound.of(program(), new double[] {m}).compareTo(BigDecimal.valueOf(2)) <= 0, "" + m);
        }
    }

    @Test
    void row_oneVariable_becomesItsBounds() {
        var lp = new LinearProgram();
        int x = lp.variable(10, -1);
        lp.row(2, 3, List.of(x), List.of(1.0));

        assertEquals(0, lp.rows().size());
        assertEquals(2.0, lp.lower(x));
        assertEquals(3.0, lp.upper(x));
    }

    @Test
    void of_ojAlgoMultipliers_certifyTheSolverOptimum() {
        LinearProgram lp = program();

        OjAlgoLp.Outcome outcome = OjAlgoLp.solve(lp, Duration.ofSeconds(5));

        assertTrue(outcome.optimal());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(LagrangianBound.of(lp, outcome.multipliers())));
    }
}
