package it.scacchiera.ui.roster;

import it.scacchiera.roster.Operator;

/** One line of the operator list: the operator and what they do on the day shown. */
public record OperatorRow(Operator operator, DayState state) {
    public String id() {
        return operator.id();
    }
}
