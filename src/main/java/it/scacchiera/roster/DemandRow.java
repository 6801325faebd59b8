package it.scacchiera.roster;

import it.scacchiera.input.SourcePosition;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One row of {@code demand.csv}, with {@code required} already computed when the file gave Erlang C
 * inputs instead.
 *
 * @param date the date of a dated row; null for a weekday row
 * @param weekday the weekday of a weekday row, or the dated row's weekday
 * @param computed whether {@code required} came from Erlang C
 * @param erlang the Erlang C inputs when {@code computed}, else null
 */
public record DemandRow(
        LocalDate date,
        DayOfWeek weekday,
        String shift,
        String service,
        int required,
        boolean computed,
        SourcePosition position,
        ErlangInputs erlang) {
    public DemandRow(
            LocalDate date,
            DayOfWeek weekday,
            String shift,
            String service,
            int required,
            boolean computed,
            SourcePosition position) {
        this(date, weekday, shift, service, required, computed, position, null);
    }

    public boolean dated() {
        return date != null;
    }
}
