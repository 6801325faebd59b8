package it.scacchiera.ui.floormap;

/**
 * How much of a room the map shows, in pixels: the whole grid at the present zoom, the view, and where
 * the grid's top-left corner lies in the view. Scroll bars are drawn from it.
 */
public record MapExtent(
        double contentWidth,
        double contentHeight,
        double viewWidth,
        double viewHeight,
        double originX,
        double originY) {
    public static final MapExtent NONE = new MapExtent(0, 0, 0, 0, 0, 0);
}
