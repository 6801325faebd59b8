package it.scacchiera.ui.floormap;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The map's mouse and keyboard: what a press, drag, wheel or key means (pan, zoom, paint, move the
 * cursor, start a drag-and-drop, show a tooltip). {@link FloorMap} keeps the state and draws it.
 */
final class MapInput {
    private final FloorMap map;
    private final Tooltip tooltip = new Tooltip();
    private Predicate<MapCell> dragSource = cell -> false;
    private Function<MapCell, String> describe = cell -> "";
    private Consumer<MapCell> onPaint = cell -> {};
    private Runnable onStrokeEnd = () -> {};
    private boolean panning;
    private double pressX;
    private double pressY;

    MapInput(FloorMap map) {
        this.map = map;
        Tooltip.install(map, tooltip);
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        map.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        map.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    void setDragSource(Predicate<MapCell> dragSource) {
        this.dragSource = dragSource;
    }

    void setDescribe(Function<MapCell, String> describe) {
        this.describe = describe;
    }

    void setOnPaint(Consumer<MapCell> onPaint, Runnable onStrokeEnd) {
        this.onPaint = onPaint;
        this.onStrokeEnd = onStrokeEnd;
    }

    private boolean painting(MouseEvent event) {
        return map.paintModeProperty().get() && event.getButton() == MouseButton.PRIMARY;
    }

    private void moved(MouseEvent event) {
        MapCell cell = map.cellAt(event.getX(), event.getY());
        tooltip.setText(cell == null ? "" : describe.apply(cell));
    }

    private void pressed(MouseEvent event) {
        map.requestFocus();
        pressX = event.getX();
        pressY = event.getY();
        MapCell cell = map.cellAt(event.getX(), event.getY());
        panning = cell == null || !dragSource.test(cell);
        if (cell != null) {
            map.selectedCellProperty().set(cell);
            if (painting(event)) {
                onPaint.accept(cell);
            }
        }
    }

    private void dragged(MouseEvent event) {
        if (painting(event)) {
            MapCell cell = map.cellAt(event.getX(), event.getY());
            if (cell != null && !cell.equals(map.selectedCellProperty().get())) {
                map.selectedCellProperty().set(cell);
                onPaint.accept(cell);
            }
            return;
        }
        if (!panning) {
            return; // a drag-and-drop of the desk's operator starts instead
        }
        map.panBy(event.getX() - pressX, event.getY() - pressY);
        pressX = event.getX();
        pressY = event.getY();
    }

    private void released(MouseEvent event) {
        if (painting(event)) {
            onStrokeEnd.run();
        }
    }

    private void scrolled(ScrollEvent event) {
        // A wheel turns vertically only; sideways scrolling (touchpad, Shift+wheel) pans.
        boolean pan = event.isShiftDown() || event.getDeltaX() != 0;
        if (!pan && event.getDeltaY() != 0) {
            map.zoomAround(event.getDeltaY() > 0 ? 1.15 : 1 / 1.15, event.getX(), event.getY());
        } else {
            map.panBy(event.getDeltaX(), event.getDeltaY());
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (map.getGraph() == null) {
            return;
        }
        var cursor = map.selectedCellProperty();
        MapCell at = cursor.get() == null ? new MapCell(0, 0) : cursor.get();
        int rows = Math.max(1, map.getGraph().floor().rows());
        int columns = Math.max(1, map.getGraph().floor().columns());
        MapCell next =
                switch (event.getCode()) {
                    case UP -> new MapCell(Math.max(0, at.row() - 1), at.column());
                    case DOWN -> new MapCell(Math.min(rows - 1, at.row() + 1), at.column());
                    case LEFT -> new MapCell(at.row(), Math.max(0, at.column() - 1));
                    case RIGHT -> new MapCell(at.row(), Math.min(columns - 1, at.column() + 1));
                    default -> null;
                };
        if (next != null) {
            cursor.set(next);
            event.consume();
        } else if (event.getCode() == KeyCode.SPACE && map.paintModeProperty().get() && cursor.get() != null) {
            onPaint.accept(cursor.get()); // the keyboard paints too: no mouse needed to edit
            onStrokeEnd.run();
            event.consume();
        }
    }
}
