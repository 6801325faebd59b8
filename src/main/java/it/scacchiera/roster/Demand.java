package it.scacchiera.roster;

import java.time.LocalDate;

/** How many operators one service needs in one shift on one date, after weekday rows and Erlang C are resolved. */
public record Demand(LocalDate date, String shift, String service, int required) {
    public Demand {
        if (required < 0) {
            throw new IllegalArgumentException("required must be >= 0");
        }
    }
}
