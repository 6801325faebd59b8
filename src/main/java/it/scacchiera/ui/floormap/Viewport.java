package it.scacchiera.ui.floormap;

/**
 * Where the grid lies on the canvas: the top-left corner of cell (0, 0) and one cell's size, in pixels.
 * Cells keep the room's proportions (cell width × depth in metres).
 */
record Viewport(double originX, double originY, double cellWidth, double cellHeight, double width, double height) {
    /** The cell under a canvas point, unclamped (may lie outside the grid). */
    MapCell cellAt(double x, double y) {
        return new MapCell((int) Math.floor((y - originY) / cellHeight), (int) Math.floor((x - originX) / cellWidth));
    }

    double left(int column) {
        return originX + column * cellWidth;
    }

    double top(int row) {
        return originY + row * cellHeight;
    }

    int firstVisibleRow() {
        return Math.max(0, (int) Math.floor(-originY / cellHeight));
    }

    int lastVisibleRow(int rows) {
        return Math.min(rows - 1, (int) Math.ceil((height - originY) / cellHeight) - 1);
    }

    int firstVisibleColumn() {
        return Math.max(0, (int) Math.floor(-originX / cellWidth));
    }

    int lastVisibleColumn(int columns) {
        return Math.min(columns - 1, (int) Math.ceil((width - originX) / cellWidth) - 1);
    }
}
