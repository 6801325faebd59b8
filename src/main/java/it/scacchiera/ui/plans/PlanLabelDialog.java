package it.scacchiera.ui.plans;

import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks the name a new saved plan goes by, the site and first day offered; OK waits for a name. */
final class PlanLabelDialog {
    private PlanLabelDialog() {}

    static Optional<String> ask(Window owner, ResourceBundle bundle, String suggested) {
        var dialog = new TextInputDialog(suggested);
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("plans.labelDialog.title"));
        dialog.setHeaderText(bundle.getString("plans.labelDialog.header"));
        dialog.setContentText(bundle.getString("plans.label"));
        dialog.getDialogPane().setId("planLabelDialog");
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().map(String::strip).filter(label -> !label.isEmpty());
    }
}
