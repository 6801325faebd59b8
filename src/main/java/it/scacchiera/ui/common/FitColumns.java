package it.scacchiera.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to their titles and their widest values, again whenever the rows change, so
 * that neither reads "…". A column never gets narrower than its title; a table wider than its window
 * scrolls sideways.
 */
public final class FitColumns {
    /** A cell's padding left and right, with some air. */
    private static final double CELL_PADDING = 12;
    /** A header's padding and its sort arrow. */
    private static final double HEADER_PADDING = 20;
    /** Enough rows to find the widest value of a long list without measuring every one. */
    private static final int MEASURED_ROWS = 1000;

    private FitColumns() {}

    public static <S> void install(TableView<S> table) {
        fit(table);
        table.getItems().addListener((ListChangeListener<S>) change -> fit(table));
    }

    private static <S> void fit(TableView<S> table) {
        Font font = Font.getDefault();
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        int rows = Math.min(table.getItems().size(), MEASURED_ROWS);
        for (TableColumn<S, ?> column : table.getColumns()) {
            double title = width(column.getText(), bold) + HEADER_PADDING;
            double widest = title;
            for (int row = 0; row < rows; row++) {
                Object value = column.getCellData(row);
                if (value != null) {
                    widest = Math.max(widest, width(value.toString(), font) + CELL_PADDING);
                }
            }
            column.setMinWidth(Math.ceil(title));
            column.setPrefWidth(Math.ceil(widest));
        }
    }

    private static double width(String text, Font font) {
        var measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
