package it.scacchiera.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.roster.ErlangC;
import it.scacchiera.roster.ErlangInputs;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlannedServiceTest {
    private static final double HALF_HOUR = 1800;
    // 100 calls of 180 s in half an hour: A = 10 erlangs, target 80% in 20 s (the textbook example)
    private static final ErlangInputs TEN_ERLANGS = new ErlangInputs(100, 180, 80, 20);

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    /**
     * Published Erlang C table for A = 10 (C = 0.6821, 0.4494, 0.2853, 0.1741 at N = 11 … 14), carried
     * through SL = 1 − C·e^(−(N−A)·20/180) and ASA = C·180/(N−A) by hand.
     */
    @ParameterizedTest
    @CsvSource({"11, 39.0, 122.8", "12, 64.0, 40.4", "13, 79.6, 17.1", "14, 88.8, 7.8"})
    void of_tenErlangs_publishedTableValues(int agents, double slPercent, double asaSeconds) {
        var reached = PlannedService.of(TEN_ERLANGS, agents, HALF_HOUR);

        assertEquals(slPercent, reached.slPercent(), 0.06, "N = " + agents);
        assertEquals(asaSeconds, reached.asaSeconds(), 0.06, "N = " + agents);
    }

    @Test
    void of_staffAtTraffic_zeroAndNoAnswerTime() {
        var reached = PlannedService.of(TEN_ERLANGS, 10, HALF_HOUR);

        assertEquals(0, reached.slPercent());
        assertTrue(Double.isNaN(reached.asaSeconds()));
    }

    @Test
    void of_noCallsWithStaff_everyCallInTime() {
        var reached = PlannedService.of(new ErlangInputs(0, Double.NaN, Double.NaN, Double.NaN), 2, HALF_HOUR);

        assertEquals(100, reached.slPercent());
        assertEquals(0, reached.asaSeconds());
    }

    @Test
    void of_noCallsNoStaff_zeroAndEmpty() {
        var reached = PlannedService.of(new ErlangInputs(0, 240, 80, 20), 0, HALF_HOUR);

        assertEquals(0, reached.slPercent());
        assertTrue(Double.isNaN(reached.asaSeconds()));
    }

    @Test
    void of_agentsErlangCChose_meetTheTarget() {
        int agents = ErlangC.agents(3795, 240, 21600, 80, 20);

        var reached = PlannedService.of(new ErlangInputs(3795, 240, 80, 20), agents, 21600);
        var oneFewer = PlannedService.of(new ErlangInputs(3795, 240, 80, 20), agents - 1, 21600);

        assertTrue(reached.slPercent() >= 80, "" + reached);
        assertTrue(oneFewer.slPercent() < 80, "" + oneFewer);
    }

    /** Against Erlang C written the textbook way, in log space (lgamma-free sums of logs), not Erlang B. */
    @ParameterizedTest
    @MethodSource("seeds")
    void of_randomRows_matchIndependentFormula(int seed) {
        var random = new Random(seed);
        double shift = 3600 * (1 + random.nextInt(9));
        double aht = 30 + random.nextInt(600);
        double calls = 1 + random.nextInt(20_000);
        double slSeconds = random.nextInt(60);
        double traffic = calls * aht / shift;
        int agents = (int) Math.floor(traffic) + 1 + random.nextInt(30);

        var reached = PlannedService.of(new ErlangInputs(calls, aht, 80, slSeconds), agents, shift);

        double wait = independentWaitProbability(agents, traffic);
        double sl = 100 * (1 - wait * Math.exp(-(agents - traffic) * slSeconds / aht));
        double asa = wait * aht / (agents - traffic);
        assertEquals(sl, reached.slPercent(), 1e-6 * Math.max(1, sl), "seed " + seed);
        assertEquals(asa, reached.asaSeconds(), 1e-6 * Math.max(1, asa), "seed " + seed);
    }

    /** C(N, A) = X / (Σ_{k<N} A^k/k! + X), X = A^N/N! · N/(N−A), every term as a log, summed after scaling. */
    static double independentWaitProbability(int n, double a) {
        double[] logTerms = new double[n + 1];
        double logFactorial = 0;
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                logFactorial += Math.log(k);
            }
            logTerms[k] = k * Math.log(a) - logFactorial;
        }
        logTerms[n] += Math.log(n / (n - a));
        double max = Double.NEGATIVE_INFINITY;
        for (double t : logTerms) {
            max = Math.max(max, t);
        }
        double sum = 0;
        for (double t : logTerms) {
            sum += Math.exp(t - max);
        }
        return Math.exp(logTerms[n] - max) / sum;
    }
}
