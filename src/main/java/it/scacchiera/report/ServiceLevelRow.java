package it.scacchiera.report;

import it.scacchiera.roster.ErlangInputs;
import java.time.LocalDate;

/**
 * One row of the service-level report (SPEC §4): a date, shift and service. Aggregates only: no
 * operator appears here (SPEC §6).
 *
 * @param erlang the demand row's Erlang C inputs; null when it gave {@code required} or there is no demand
 * @param planned the service level reached; null when {@code erlang} is null
 */
public record ServiceLevelRow(
        LocalDate date,
        String shift,
        String service,
        int required,
        int office,
        int remote,
        ErlangInputs erlang,
        PlannedService planned) {
    public int staffed() {
        return office + remote;
    }

    /** max(0, required − office − remote): the operators short, as verify's medium counts them. */
    public int shortfall() {
        return Math.max(0, required - staffed());
    }
}
