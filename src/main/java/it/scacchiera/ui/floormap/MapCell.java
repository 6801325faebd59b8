package it.scacchiera.ui.floormap;

import it.scacchiera.floorplan.DeskId;

/** One grid cell of a map, row and column both from 0 (the grid's own coordinates). */
public record MapCell(int row, int column) {
    public static MapCell of(DeskId id) {
        return new MapCell(id.row(), id.column() - 1);
    }

    public DeskId deskId() {
        return DeskId.ofCell(row, column);
    }
}
