package it.scacchiera.ui.absence;

import it.scacchiera.roster.Operator;
import it.scacchiera.ui.common.DateField;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** Asks who is absent and from when to when: dates only, no reason (we store no health data). */
public final class AbsenceDialog extends Dialog<AbsenceDialog.Absence> {
    public record Absence(String operatorId, LocalDate from, LocalDate to) {}

    public AbsenceDialog(List<Operator> operators, String operatorId, LocalDate day, ResourceBundle bundle) {
        setTitle(bundle.getString("absence.title"));
        setHeaderText(bundle.getString("absence.header"));
        var who = new ComboBox<Operator>();
        who.setId("absenceOperator");
        who.getItems().setAll(operators);
        who.setConverter(OperatorNames.converter());
        operators.stream().filter(o -> o.id().equals(operatorId)).findFirst().ifPresent(who::setValue);
        var from = new DatePicker(day);
        from.setId("absenceFrom");
        DateField.localize(from, bundle);
        var to = new DatePicker(day);
        to.setId("absenceTo");
        DateField.localize(to, bundle);
        from.valueProperty().addListener((o, before, after) -> {
            if (after != null && (to.getValue() == null || to.getValue().isBefore(after))) {
                to.setValue(after);
            }
        });
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(bundle.getString("absence.operator")), who);
        grid.addRow(1, new Label(bundle.getString("absence.from")), from);
        grid.addRow(2, new Label(bundle.getString("absence.to")), to);
        getDialogPane().setContent(grid);
        var replan = new ButtonType(bundle.getString("absence.replan"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(replan, ButtonType.CANCEL);
        getDialogPane()
                .lookupButton(replan)
                .disableProperty()
                .bind(who.valueProperty()
                        .isNull()
                        .or(from.valueProperty().isNull())
                        .or(to.valueProperty().isNull()));
        setResultConverter(button -> button == replan && !to.getValue().isBefore(from.getValue())
                ? new Absence(who.getValue().id(), from.getValue(), to.getValue())
                : null);
    }

    /** Operators shown by name and id. */
    static final class OperatorNames {
        private OperatorNames() {}

        static StringConverter<Operator> converter() {
            return new StringConverter<>() {
                @Override
                public String toString(Operator o) {
                    return o == null ? "" : o.name() + " (" + o.id() + ")";
                }

                @Override
                public Operator fromString(String text) {
                    return null; // not editable
                }
            };
        }
    }
}
