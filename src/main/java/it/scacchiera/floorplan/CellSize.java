package it.scacchiera.floorplan;

import java.math.BigDecimal;

/** Width (along a row) and depth (along a column) of one grid cell, in metres; exact decimals. */
public record CellSize(BigDecimal width, BigDecimal depth) {
    public static final CellSize DEFAULT = new CellSize(BigDecimal.ONE, BigDecimal.ONE);

    public CellSize {
        if (width.signum() <= 0 || depth.signum() <= 0) {
            throw new IllegalArgumentException("cell sizes must be > 0");
        }
        width = width.stripTrailingZeros();
        depth = depth.stripTrailingZeros();
    }

    /** As written in a floorplan header: {@code 1.2 x 1.5}. */
    public String text() {
        return width.toPlainString() + " x " + depth.toPlainString();
    }
}
