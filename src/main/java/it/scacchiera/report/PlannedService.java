package it.scacchiera.report;

import it.scacchiera.roster.ErlangC;
import it.scacchiera.roster.ErlangInputs;

/**
 * Erlang C solved the other way (SPEC §4): the service level and average speed of answer that N
 * planned operators reach on a demand row's traffic.
 *
 * @param slPercent 100 × (1 − C(N, A)·e^(−(N − A)·sl_seconds / aht)); 0 when N ≤ A
 * @param asaSeconds C(N, A)·aht / (N − A); {@link Double#NaN} (an empty cell) when N ≤ A
 */
public record PlannedService(double slPercent, double asaSeconds) {
    /**
     * @param agents N: the operators planned on the service in the shift, office and remote
     * @param shiftSeconds the shift's real length on its date
     */
    public static PlannedService of(ErlangInputs inputs, int agents, double shiftSeconds) {
        double traffic = inputs.calls() * inputs.ahtSeconds() / shiftSeconds;
        if (inputs.calls() == 0) {
            // no call waits: the target and aht may be empty on such a row (SPEC §2), so skip the formula
            return agents > 0 ? new PlannedService(100, 0) : new PlannedService(0, Double.NaN);
        }
        if (agents <= traffic) {
            return new PlannedService(0, Double.NaN);
        }
        double wait = ErlangC.waitProbability(agents, traffic);
        double late = wait * Math.exp(-(agents - traffic) * inputs.slSeconds() / inputs.ahtSeconds());
        return new PlannedService(100 * (1 - late), wait * inputs.ahtSeconds() / (agents - traffic));
    }
}
