package it.scacchiera.ui.rota;

import java.time.LocalDate;

/** Under the rota: for a date, shift and service, the operators required and planned. Aggregates only. */
public record CoverageLine(LocalDate date, String shift, String service, int required, int planned) {
    public int shortfall() {
        return Math.max(0, required - planned);
    }
}
