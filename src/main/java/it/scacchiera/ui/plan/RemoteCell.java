package it.scacchiera.ui.plan;

import java.util.ResourceBundle;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;

/**
 * A remote worker by name, the id in the tooltip. A pin is drawn as a shape, not a character: the
 * bundled fonts have no pushpin glyph (an emoji showed as an empty box).
 */
public final class RemoteCell extends ListCell<RemoteWorker> {
    private static final String PUSHPIN =
            "M3 0 H9 V1.5 H8 V5 L10 7.5 V8.5 H6.6 V13 L6 14 L5.4 13 V8.5 H2 V7.5 L4 5 V1.5 H3 Z";

    private final ResourceBundle bundle;

    public RemoteCell(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    protected void updateItem(RemoteWorker worker, boolean empty) {
        super.updateItem(worker, empty);
        getStyleClass().remove("pinned");
        if (empty || worker == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(worker.name());
        setGraphic(worker.pinned() ? pin() : null);
        String id = worker.operatorId();
        setTooltip(new Tooltip(worker.pinned() ? id + " · " + bundle.getString("plan.remote.pinned") : id));
        if (worker.pinned()) {
            getStyleClass().add("pinned");
        }
    }

    /** The gold of the map's pin corner, outlined so it shows on a selected row too. */
    static SVGPath pin() {
        var pin = new SVGPath();
        pin.setContent(PUSHPIN);
        pin.setFill(Color.web("#ffb300"));
        pin.setStroke(Color.web("#5d4037"));
        pin.setStrokeWidth(0.8);
        pin.getStyleClass().add("pin-mark");
        return pin;
    }
}
