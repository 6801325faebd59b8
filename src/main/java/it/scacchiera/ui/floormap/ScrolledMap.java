package it.scacchiera.ui.floormap;

import javafx.application.Platform;
import javafx.beans.DefaultProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;

/**
 * A floor map with scroll bars, shown only while the room at its zoom is larger than the view (a big
 * hall zoomed in): they tell where in the room the view is and move it. In FXML it wraps the map:
 * {@code <ScrolledMap><FloorMap fx:id="map"/></ScrolledMap>}.
 */
@DefaultProperty("map")
public final class ScrolledMap extends Region {
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private FloorMap map;
    private boolean following; // the bars are being set from the map: their change is not a scroll

    public ScrolledMap() {
        getStyleClass().add("scrolled-map");
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.getStyleClass().add("map-scroll-horizontal");
        vertical.getStyleClass().add("map-scroll-vertical");
        for (ScrollBar bar : new ScrollBar[] {horizontal, vertical}) {
            bar.setFocusTraversable(false);
            bar.setVisible(false);
            bar.valueProperty().addListener((o, before, after) -> scrolled());
        }
        getChildren().addAll(horizontal, vertical);
    }

    public ScrolledMap(FloorMap map) {
        this();
        setMap(map);
    }

    public FloorMap getMap() {
        return map;
    }

    public void setMap(FloorMap map) {
        if (this.map != null) {
            getChildren().remove(this.map);
        }
        this.map = map;
        getChildren().add(0, map);
        map.extentProperty().addListener((o, before, after) -> follow(after));
    }

    ScrollBar horizontalBar() {
        return horizontal;
    }

    ScrollBar verticalBar() {
        return vertical;
    }

    /** The bars' range is the grid plus the pan margin on both sides; the value is how far it is scrolled. */
    private void follow(MapExtent extent) {
        boolean horizontalBefore = horizontal.isVisible();
        boolean verticalBefore = vertical.isVisible();
        following = true;
        try {
            set(horizontal, extent.contentWidth(), extent.viewWidth(), extent.originX());
            set(vertical, extent.contentHeight(), extent.viewHeight(), extent.originY());
        } finally {
            following = false;
        }
        if (horizontalBefore != horizontal.isVisible() || verticalBefore != vertical.isVisible()) {
            // the map tells its extent while it is laid out: a layout asked for now would be dropped
            Platform.runLater(this::requestLayout);
        }
    }

    private static void set(ScrollBar bar, double content, double view, double origin) {
        double range = content + 2 * PanLimits.MARGIN - view;
        boolean needed = view > 0 && content > view + 0.5; // a fitted room needs none
        bar.setVisible(needed);
        if (needed) {
            bar.setMin(0);
            bar.setMax(range);
            bar.setVisibleAmount(range * view / (content + 2 * PanLimits.MARGIN));
            bar.setUnitIncrement(Math.max(1, view / 20));
            bar.setBlockIncrement(view * 0.9);
            bar.setValue(Math.max(0, Math.min(range, PanLimits.MARGIN - origin)));
        }
    }

    private void scrolled() {
        if (following || map == null) {
            return;
        }
        MapExtent extent = map.extentProperty().get();
        double x = horizontal.isVisible() ? PanLimits.MARGIN - horizontal.getValue() : extent.originX();
        double y = vertical.isVisible() ? PanLimits.MARGIN - vertical.getValue() : extent.originY();
        map.panTo(x, y);
    }

    @Override
    protected void layoutChildren() {
        if (map == null) {
            return;
        }
        double w = getWidth();
        double h = getHeight();
        double barH = horizontal.isVisible() ? horizontal.prefHeight(-1) : 0;
        double barV = vertical.isVisible() ? vertical.prefWidth(-1) : 0;
        map.resizeRelocate(0, 0, Math.max(0, w - barV), Math.max(0, h - barH));
        horizontal.resizeRelocate(0, h - barH, Math.max(0, w - barV), barH);
        vertical.resizeRelocate(w - barV, 0, barV, Math.max(0, h - barH));
    }

    @Override
    protected double computePrefWidth(double height) {
        return map == null ? 0 : map.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return map == null ? 0 : map.prefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return map == null ? 0 : map.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return map == null ? 0 : map.minHeight(width);
    }
}
