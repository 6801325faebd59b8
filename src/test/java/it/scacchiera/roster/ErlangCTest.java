package it.scacchiera.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ErlangCTest {
    private static final double HALF_HOUR = 1800;

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @Test
    void agents_tenErlangs80in20_fourteen() {
        // given 100 calls of 180 s in half an hour: A = 10 erlangs (the classic textbook example)
        double calls = 100;

        int agents = ErlangC.agents(calls, 180, HALF_HOUR, 80, 20);

        assertEquals(14, agents);
    }

    @Test
    void agents_tenErlangs90in20_fifteen() {
        // given the same traffic: 14 agents answer 88.4% in 20 s, 15 agents 93.7%
        double calls = 100;

        int agents = ErlangC.agents(calls, 180, HALF_HOUR, 90, 20);

        assertEquals(15, agents);
    }

    /** Expected values from an independent Erlang C in log space (lgamma sums, not the Erlang B recursion). */
    @ParameterizedTest
    @CsvSource({
        "14483, 523, 21600, 6, 0, 352",
        "16892, 671, 21600, 59, 30, 534",
        "17872, 240, 32400, 50, 10, 137",
        "8837, 60, 3600, 80, 20, 151",
        "15509, 30, 21600, 99, 30, 26",
        "10281, 30, 3600, 80, 0, 96",
        "5395, 614, 21600, 90, 239, 159",
        "18021, 240, 3600, 80, 20, 1215",
        "3795, 240, 21600, 80, 20, 48",
        "1667, 360, 21600, 80, 30, 33"
    })
    void agents_independentlyComputedCases_sameAgents(
            double calls, double aht, double shift, double slPercent, double slSeconds, int expected) {
        int agents = ErlangC.agents(calls, aht, shift, slPercent, slSeconds);

        assertEquals(expected, agents);
    }

    @Test
    void agents_noCalls_zero() {
        int agents = ErlangC.agents(0, 180, HALF_HOUR, 80, 20);

        assertEquals(0, agents);
    }

    @Test
    void waitProbability_singleAgent_equalsUtilisation() {
        // M/M/1: a call waits with probability ρ = A
        double traffic = 0.37;

        double wait = ErlangC.waitProbability(1, traffic);

        assertEquals(0.37, wait, 1e-12);
    }

    @Test
    void waitProbability_twoAgentsOneErlang_oneThird() {
        double wait = ErlangC.waitProbability(2, 1);

        assertEquals(1.0 / 3, wait, 1e-12);
    }

    @Test
    void waitProbability_tenErlangs_publishedTableValues() {
        // Erlang C table for A = 10: N = 11 → 0.6821, 12 → 0.4494, 13 → 0.2853, 14 → 0.1741
        double[] published = {0.6821, 0.4494, 0.2853, 0.1741};

        for (int i = 0; i < published.length; i++) {
            assertEquals(published[i], ErlangC.waitProbability(11 + i, 10), 5e-5, "N = " + (11 + i));
        }
    }

    @Test
    void agents_thousandErlangs_finiteAndAboveTraffic() {
        // given 1,000 erlangs: 20,000 calls of 180 s in one hour
        double calls = 20_000;

        int agents = ErlangC.agents(calls, 180, 3600, 80, 20);

        assertTrue(agents > 1000 && agents < 1100, "agents " + agents);
    }

    @Test
    void agents_hundredPercent_refused() {
        assertThrows(IllegalArgumentException.class, () -> ErlangC.agents(10, 180, HALF_HOUR, 100, 20));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agents_randomInputs_moreThanTrafficAndMinimal(int seed) {
        var random = new Random(seed);
        double calls = 1 + random.nextInt(5000);
        double aht = 30 + random.nextInt(600);
        double shift = 3600 * (1 + random.nextInt(9));
        double sl = 50 + random.nextInt(49);
        double slSeconds = random.nextInt(120);

        int agents = ErlangC.agents(calls, aht, shift, sl, slSeconds);

        double traffic = calls * aht / shift;
        assertTrue(agents > traffic, "seed " + seed);
        assertTrue(serviceLevel(agents, traffic, aht, slSeconds) >= sl / 100, "seed " + seed);
        if (agents - 1 > traffic) {
            assertTrue(serviceLevel(agents - 1, traffic, aht, slSeconds) < sl / 100, "seed " + seed);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agents_moreCallsOrStricterTarget_neverFewer(int seed) {
        var random = new Random(seed);
        double calls = 1 + random.nextInt(3000);
        double aht = 30 + random.nextInt(600);
        double sl = 50 + random.nextInt(45);
        double slSeconds = 1 + random.nextInt(60);

        int base = ErlangC.agents(calls, aht, 21600, sl, slSeconds);
        int moreCalls = ErlangC.agents(calls + 1 + random.nextInt(500), aht, 21600, sl, slSeconds);
        int longerCalls = ErlangC.agents(calls, aht + 1 + random.nextInt(100), 21600, sl, slSeconds);
        int higherTarget = ErlangC.agents(calls, aht, 21600, sl + 1 + random.nextInt(4), slSeconds);
        int shorterWait = ErlangC.agents(calls, aht, 21600, sl, slSeconds - 1);

        assertTrue(moreCalls >= base, "more calls, seed " + seed);
        assertTrue(longerCalls >= base, "longer calls, seed " + seed);
        assertTrue(higherTarget >= base, "higher target, seed " + seed);
        assertTrue(shorterWait >= base, "shorter answer time, seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void waitProbability_moreAgents_lessWaiting(int seed) {
        var random = new Random(seed);
        double traffic = 0.5 + random.nextDouble() * 2000;
        int agents = (int) Math.floor(traffic) + 1 + random.nextInt(50);

        double wait = ErlangC.waitProbability(agents, traffic);
        double withOneMore = ErlangC.waitProbability(agents + 1, traffic);

        assertTrue(wait > 0 && wait <= 1 && Double.isFinite(wait), "seed " + seed);
        assertTrue(withOneMore < wait, "seed " + seed);
    }

    // independent of the production recursion: the textbook sum with terms built in log space
    private static double serviceLevel(int n, double a, double aht, double slSeconds) {
        double logTerm = 0; // log(A^k / k!) for k = 0
        double maxLog = 0;
        double[] logs = new double[n];
        for (int k = 0; k < n; k++) {
            logs[k] = logTerm;
            maxLog = Math.max(maxLog, logTerm);
            logTerm += Math.log(a) - Math.log(k + 1);
        }
        double logLast = logTerm + Math.log(n / (n - a)); // A^N/N! · N/(N−A)
        maxLog = Math.max(maxLog, logLast);
        double sum = 0;
        for (double log : logs) {
            sum += Math.exp(log - maxLog);
        }
        double last = Math.exp(logLast - maxLog);
        double wait = last / (sum + last);
        return 1 - wait * Math.exp(-(n - a) * slSeconds / aht);
    }
}
