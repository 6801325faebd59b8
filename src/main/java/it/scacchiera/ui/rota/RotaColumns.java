package it.scacchiera.ui.rota;

import it.scacchiera.ui.common.Messages;
import it.scacchiera.ui.common.NumberCell;
import it.scacchiera.ui.common.ViewListeners;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** Builds the rota's date columns and formats what the view shows, in the bundle's locale. */
final class RotaColumns {
    private final RotaViewModel model;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dayFormat;

    RotaColumns(RotaViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        this.dayFormat = DateTimeFormatter.ofPattern("EEE d MMM", bundle.getLocale()); // as the plan bar's days
    }

    /** One column per date of the horizon, after the operator's name: a TableView only lays out the rows on screen. */
    void dates(TableView<RotaRow> table) {
        var columns = new ArrayList<TableColumn<RotaRow, ?>>(
                List.of(table.getColumns().get(0)));
        List<LocalDate> dates = List.copyOf(model.dates());
        for (int i = 0; i < dates.size(); i++) {
            int index = i;
            LocalDate date = dates.get(i);
            var column = new TableColumn<RotaRow, RotaCell>(date(date));
            column.setUserData(date);
            column.setSortable(false);
            column.setPrefWidth(112);
            column.getStyleClass().add("rota-date");
            column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                    index < row.getValue().cells().size()
                            ? row.getValue().cells().get(index)
                            : null));
            column.setCellFactory(c -> new RotaDayCell(date, model, bundle));
            columns.add(column);
        }
        table.getColumns().setAll(columns);
    }

    String date(LocalDate date) {
        return dayFormat.format(date);
    }

    String score(HardMediumSoftScore score) {
        return score == null
                ? bundle.getString("rota.noPlan")
                : Messages.format(bundle, "rota.score", score.hardScore(), score.mediumScore(), score.softScore());
    }

    /** A filter choice with "any" (the empty string) first, following the model's list. */
    void choices(ComboBox<String> box, ObservableList<String> values, ViewListeners listeners) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? bundle.getString("rota.any") : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        Runnable fill = () -> {
            String kept = box.getValue();
            var items = new ArrayList<String>();
            items.add("");
            items.addAll(values);
            box.getItems().setAll(items);
            box.setValue(items.contains(kept) ? kept : "");
        };
        listeners.onChange(values, (ListChangeListener.Change<? extends String> change) -> fill.run());
        fill.run();
    }

    /** The short column: red when the plan is short. */
    static TableCell<CoverageLine, Number> shortCell(Locale locale) {
        var cell = new NumberCell<CoverageLine>(locale) {
            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().remove("rota-short");
                if (!empty && value != null && value.intValue() > 0) {
                    getStyleClass().add("rota-short");
                }
            }
        };
        cell.getStyleClass().add("rota-short-cell");
        return cell;
    }
}
