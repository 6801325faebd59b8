package it.scacchiera.roster;

/**
 * Erlang C staffing: the fewest agents that answer {@code slPercent}% of calls within
 * {@code slSeconds}. Works on the Erlang B recursion, so no factorial or power ever overflows, even
 * at thousands of erlangs.
 */
public final class ErlangC {
    private ErlangC() {}

    /**
     * @param calls calls offered in the shift, ≥ 0; 0 needs no agent
     * @param ahtSeconds average handling time, > 0
     * @param shiftSeconds shift length, > 0
     * @param slPercent target share of calls answered in time, in (0, 100): 100% is never reached
     * @param slSeconds the answer time of the target, ≥ 0
     * @return the smallest N above the traffic A = calls × aht / shift with 1 − C(N, A)·e^{−(N−A)·slSeconds/aht} ≥ sl
     */
    public static int agents(double calls, double ahtSeconds, double shiftSeconds, double slPercent, double slSeconds) {
        if (!(calls >= 0) || !(ahtSeconds > 0) || !(shiftSeconds > 0) || !(slSeconds >= 0)) {
            throw new IllegalArgumentException("calls >= 0, aht > 0, shift > 0 and sl seconds >= 0");
        }
        if (!(slPercent > 0 && slPercent < 100)) {
            throw new IllegalArgumentException("service level strictly between 0 and 100 percent");
        }
        if (calls == 0) {
            return 0;
        }
        double traffic = calls * ahtSeconds / shiftSeconds;
        double target = slPercent / 100;
        int n = (int) Math.floor(traffic) + 1;
        double blocking = erlangB(n, traffic);
        while (serviceLevel(n, traffic, blocking, ahtSeconds, slSeconds) < target) {
            n++;
            blocking = traffic * blocking / (n + traffic * blocking);
        }
        return n;
    }

    /**
     * Probability that a call waits, C(N, A), through the Erlang B recursion: stable at thousands of
     * agents and erlangs, where N^A / N! overflows.
     *
     * @throws IllegalArgumentException unless N > A ≥ 0: at N ≤ A the queue grows without end
     */
    public static double waitProbability(int agents, double traffic) {
        if (!(traffic >= 0) || agents <= traffic) {
            throw new IllegalArgumentException(
                    "Erlang C needs agents N > traffic A >= 0: N=" + agents + " A=" + traffic);
        }
        return fromBlocking(agents, traffic, erlangB(agents, traffic));
    }

    private static double serviceLevel(int n, double traffic, double blocking, double aht, double slSeconds) {
        double wait = fromBlocking(n, traffic, blocking);
        return 1 - wait * Math.exp(-(n - traffic) * slSeconds / aht);
    }

    // B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)): every step stays in [0, 1]
    private static double erlangB(int agents, double traffic) {
        double blocking = 1;
        for (int k = 1; k <= agents; k++) {
            blocking = traffic * blocking / (k + traffic * blocking);
        }
        return blocking;
    }

    private static double fromBlocking(int n, double traffic, double blocking) {
        return n * blocking / (n - traffic * (1 - blocking));
    }
}
