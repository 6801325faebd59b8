package it.scacchiera.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A table cell whose text goes on to a second line where the column is too narrow, instead of ending in
 * "…" ("M · Salone Bologna A…" beside the map), and shows the whole text as a tooltip too. A wrapping
 * Text, not the cell's own wrapText: a row asks its cells' height without a width, so a wrapping label
 * would stay one line high.
 */
public final class WrappingCell<S> extends TableCell<S, String> {
    /** The cell's left and right padding, which the text does not get. */
    private static final double PADDING = 8;

    private final Text text = new Text();

    public WrappingCell() {
        text.getStyleClass().add("wrapping-text");
        text.fillProperty().bind(textFillProperty()); // white on a selected row, as a cell's own text
        text.fontProperty().bind(fontProperty());
        tableColumnProperty().addListener((o, before, column) -> {
            text.wrappingWidthProperty().unbind();
            if (column != null) {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null;
        text.setText(blank ? null : item);
        setText(blank ? null : item); // not drawn (graphic only): what screen readers and lookups find
        setGraphic(blank ? null : text);
        setTooltip(blank ? null : new Tooltip(item));
    }
}
