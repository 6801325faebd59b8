package it.scacchiera.ui.common;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.scene.control.TableCell;

/**
 * A table cell writing a count in the window's language: 1.120 in Italian, 1,120 in English. A plain
 * cell would write the number's {@code toString()}, the same in every language.
 */
public class NumberCell<S> extends TableCell<S, Number> {
    private final NumberFormat format;

    public NumberCell(Locale locale) {
        this.format = NumberFormat.getIntegerInstance(locale);
    }

    @Override
    protected void updateItem(Number value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty || value == null ? null : format.format(value));
    }
}
