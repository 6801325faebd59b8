package it.scacchiera.ui.floormap;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A room's map on one Canvas (no Node per desk, so a 1,000-desk hall costs one draw of the cells in
 * view). It redraws only when its state changes: setters mark it dirty and the next layout pass paints.
 * Mouse: the wheel zooms about the pointer, drag (or Shift+wheel, or a sideways touchpad scroll) pans
 * (never the room off screen: {@link PanLimits}),
 * in paint mode a drag paints; arrows move the cursor, Space paints it.
 */
public final class FloorMap extends Region {

    private final Canvas canvas = new Canvas();
    private final MapPainter painter = new MapPainter();
    private final ObjectProperty<MapCell> cursor = new SimpleObjectProperty<>(this, "selectedCell");
    private final BooleanProperty showPattern = new SimpleBooleanProperty(this, "showPattern");
    private final BooleanProperty paintMode = new SimpleBooleanProperty(this, "paintMode");
    private final ReadOnlyObjectWrapper<MapExtent> extent = new ReadOnlyObjectWrapper<>(this, "extent", MapExtent.NONE);
    private ConflictGraph graph;
    private Map<DeskId, String> occupants = Map.of();
    private List<DeskPair> conflicts = List.of();
    private Set<DeskId> pattern = Set.of();
    private Set<DeskId> pinned = Set.of();
    private final MapCamera camera = new MapCamera();
    private final MapInput input;
    private boolean dirty = true;

    public FloorMap() {
        getStyleClass().add("floor-map");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(100, 100);
        cursor.addListener((o, before, after) -> invalidate());
        showPattern.addListener((o, before, after) -> invalidate());
        input = new MapInput(this);
    }

    /** Shows a room; a different room (by id) is fitted to the view, the same room keeps zoom and pan. */
    public void setGraph(ConflictGraph graph) {
        boolean otherRoom = this.graph == null
                || graph == null
                || !this.graph.floor().id().equals(graph.floor().id());
        this.graph = graph;
        if (otherRoom) {
            camera.fitLater();
            cursor.set(null);
        }
        invalidate();
    }

    public ConflictGraph getGraph() {
        return graph;
    }

    /** Occupied desks and the initials shown on them. */
    public void setOccupants(Map<DeskId, String> occupants) {
        this.occupants = Map.copyOf(occupants);
        invalidate();
    }

    /** Pairs of desks whose occupation breaks the distancing rule: red dashed lines. */
    public void setConflicts(List<DeskPair> conflicts) {
        this.conflicts = List.copyOf(conflicts);
        invalidate();
    }

    /** The capacity pattern, drawn as a faint dot on each desk when {@link #showPatternProperty()} is on. */
    public void setPattern(Set<DeskId> pattern) {
        this.pattern = Set.copyOf(pattern);
        invalidate();
    }

    /** Desks whose occupant the planner pinned: a corner mark. */
    public void setPinned(Set<DeskId> pinned) {
        this.pinned = Set.copyOf(pinned);
        invalidate();
    }

    /** Cells a drag starts a drag-and-drop from rather than panning the map (occupied desks). */
    public void setDragSource(Predicate<MapCell> dragSource) {
        input.setDragSource(dragSource);
    }

    /** The tooltip's text for a grid cell under the mouse (never called with null); empty for none. */
    public void setDescribe(Function<MapCell, String> describe) {
        input.setDescribe(describe);
    }

    /** In paint mode a primary press or drag paints each cell it crosses; a release ends the stroke. */
    public void setOnPaint(Consumer<MapCell> onPaint, Runnable onStrokeEnd) {
        input.setOnPaint(onPaint, onStrokeEnd);
    }

    public ObjectProperty<MapCell> selectedCellProperty() {
        return cursor;
    }

    public BooleanProperty showPatternProperty() {
        return showPattern;
    }

    public BooleanProperty paintModeProperty() {
        return paintMode;
    }

    /** The grid cell under a point of this control, or null outside the grid. */
    public MapCell cellAt(double x, double y) {
        if (graph == null) {
            return null;
        }
        MapCell cell = viewport().cellAt(x, y);
        boolean inside = cell.row() >= 0
                && cell.row() < graph.floor().rows()
                && cell.column() >= 0
                && cell.column() < graph.floor().columns();
        return inside ? cell : null;
    }

    /** The centre of a cell in this control's coordinates: for tests and for scrolling into view. */
    public double[] centreOf(MapCell cell) {
        Viewport view = viewport();
        return new double[] {
            view.left(cell.column()) + view.cellWidth() / 2, view.top(cell.row()) + view.cellHeight() / 2
        };
    }

    public void zoom(double factor) {
        zoomAround(factor, getWidth() / 2, getHeight() / 2);
    }

    public void fit() {
        camera.fitLater();
        invalidate();
    }

    void zoomAround(double factor, double x, double y) {
        if (camera.zoomAround(graph, factor, x, y)) {
            moved();
            invalidate();
        }
    }

    /** Moves the view by a drag or a sideways scroll, kept on screen. */
    void panBy(double dx, double dy) {
        camera.pan(dx, dy);
        moved();
        invalidate();
    }

    /** The room's extent at the present zoom and pan: what scroll bars show. */
    public ReadOnlyObjectProperty<MapExtent> extentProperty() {
        return extent.getReadOnlyProperty();
    }

    /** Puts the grid's top-left corner at a point of this control (a scroll bar moved), kept on screen. */
    public void panTo(double x, double y) {
        camera.panTo(x, y);
        moved();
        invalidate();
    }

    /** The planner zoomed or panned: keep the room on screen, and its size no longer refits it. */
    private void moved() {
        camera.clamp(graph, getWidth(), getHeight());
    }

    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
            camera.resized();
        }
        if (camera.fitPending() && graph != null && w > 0 && h > 0) {
            camera.fitNow(graph, w, h);
        }
        if (graph != null) {
            dirty |= camera.clamp(graph, w, h); // a smaller window must not leave the room off screen
            Viewport view = viewport();
            extent.set(new MapExtent(
                    view.cellWidth() * graph.floor().columns(),
                    view.cellHeight() * graph.floor().rows(),
                    w,
                    h,
                    camera.originX(),
                    camera.originY()));
        } else {
            extent.set(MapExtent.NONE);
        }
        if (dirty) {
            dirty = false;
            var scene = new MapScene(graph, occupants, conflicts, pattern, pinned, showPattern.get(), cursor.get());
            painter.paint(canvas.getGraphicsContext2D(), scene, viewport());
        }
    }

    private Viewport viewport() {
        return camera.viewport(graph, getWidth(), getHeight());
    }
}
