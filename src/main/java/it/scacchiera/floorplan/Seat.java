package it.scacchiera.floorplan;

/** A seat of a conflict graph: a {@code D} desk or an {@code S} post, numbered from 0 in row-major order. */
public record Seat(int index, DeskId id, CellKind kind) {
    public boolean isFixedPost() {
        return kind == CellKind.FIXED_POST;
    }
}
