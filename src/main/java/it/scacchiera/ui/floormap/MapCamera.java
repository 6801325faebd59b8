package it.scacchiera.ui.floormap;

import it.scacchiera.floorplan.ConflictGraph;

/**
 * Where a room sits in the map control: its scale in pixels per metre and the pixel of its top-left
 * corner. It fits a room to the control, zooms about a point and pans; the map asks it for the viewport.
 */
final class MapCamera {
    private static final double MIN_CELL = 3;
    private static final double MAX_CELL = 160;

    private double pixelsPerMetre = 30;
    private double originX;
    private double originY;
    private boolean fitPending = true;
    private boolean fitted; // zoom and pan as the last fit left them: a new size fits again

    /** The next layout fits the room to the control. */
    void fitLater() {
        fitPending = true;
    }

    boolean fitPending() {
        return fitPending;
    }

    /** The control changed size: a room still as fitted fits again (e.g. scroll bars went away). */
    void resized() {
        fitPending |= fitted;
    }

    double originX() {
        return originX;
    }

    double originY() {
        return originY;
    }

    /** Puts the grid's top-left corner at a point of the control. */
    void panTo(double x, double y) {
        originX = x;
        originY = y;
        fitted = false;
    }

    /** Keeps the room on a control of {@code w} × {@code h}; true when the pan had to change. */
    boolean clamp(ConflictGraph graph, double w, double h) {
        if (graph == null || w <= 0 || h <= 0) {
            return false;
        }
        double wasX = originX;
        double wasY = originY;
        Viewport view = viewport(graph, w, h);
        originX = PanLimits.clamp(originX, view.cellWidth() * graph.floor().columns(), w);
        originY = PanLimits.clamp(originY, view.cellHeight() * graph.floor().rows(), h);
        return wasX != originX || wasY != originY;
    }

    /** False without a room: nothing to zoom. */
    boolean zoomAround(ConflictGraph graph, double factor, double x, double y) {
        if (graph == null) {
            return false;
        }
        double cell = cellWidthAt(graph, pixelsPerMetre);
        double wanted = Math.max(MIN_CELL, Math.min(MAX_CELL, cell * factor));
        double applied = wanted / cell;
        pixelsPerMetre *= applied;
        originX = x - (x - originX) * applied; // the point under the mouse stays put
        originY = y - (y - originY) * applied;
        fitted = false;
        return true;
    }

    void pan(double dx, double dy) {
        originX += dx;
        originY += dy;
        fitted = false;
    }

    void fitNow(ConflictGraph graph, double w, double h) {
        fitPending = false;
        fitted = true;
        double metresWide = Math.max(1, graph.floor().columns())
                * graph.floor().cell().width().doubleValue();
        double metresDeep =
                Math.max(1, graph.floor().rows()) * graph.floor().cell().depth().doubleValue();
        pixelsPerMetre = 0.96 * Math.min(w / metresWide, h / metresDeep);
        originX = (w - metresWide * pixelsPerMetre) / 2;
        originY = (h - metresDeep * pixelsPerMetre) / 2;
    }

    private static double cellWidthAt(ConflictGraph graph, double scale) {
        return scale * graph.floor().cell().width().doubleValue();
    }

    Viewport viewport(ConflictGraph graph, double width, double height) {
        double cellWidth = graph == null ? 1 : cellWidthAt(graph, pixelsPerMetre);
        double cellHeight = graph == null
                ? 1
                : pixelsPerMetre * graph.floor().cell().depth().doubleValue();
        return new Viewport(originX, originY, cellWidth, cellHeight, width, height);
    }
}
