package it.scacchiera.ui.rota;

import it.scacchiera.roster.Operator;
import java.util.List;

/** One operator's line of the rota: a cell per date of the horizon, in date order. */
public record RotaRow(Operator operator, List<RotaCell> cells) {
    public RotaRow {
        cells = List.copyOf(cells);
    }
}
