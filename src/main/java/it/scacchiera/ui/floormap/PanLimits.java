package it.scacchiera.ui.floormap;

/**
 * How far the room may be panned: never off screen. A room larger than the view may move until its far
 * edge reaches the view's edge; a smaller one stays inside the view; either may pass the edge by a small
 * margin, so the walls are not glued to it.
 */
final class PanLimits {
    /** Pixels the grid may lie beyond the view's edge. */
    static final double MARGIN = 24;

    private PanLimits() {}

    /** The origin nearest {@code origin} that keeps a grid {@code content} pixels long in a view {@code view} long. */
    static double clamp(double origin, double content, double view) {
        double low = Math.min(0, view - content) - MARGIN;
        double high = Math.max(0, view - content) + MARGIN;
        return Math.max(low, Math.min(high, origin));
    }
}
