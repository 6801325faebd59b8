package it.scacchiera.ui.main;

import it.scacchiera.ui.plan.PlanStatus;
import it.scacchiera.ui.plan.PlanViewModel;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;

/** The status bar: the window's message and progress, Cancel while loading, the plan's score and state. */
final class StatusBarBinding {
    private StatusBarBinding() {}

    static void bind(StatusBar statusBar, MainViewModel model, PlanViewModel plan, ResourceBundle resources) {
        statusBar.textProperty().bind(model.statusProperty());
        statusBar.progressProperty().bind(model.progressProperty());
        var cancel = new Button(resources.getString("status.cancel"));
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(event -> model.cancel());
        statusBar.getRightItems().add(cancel);
        statusBar.getRightItems().addAll(PlanStatus.labels(plan, resources));
    }
}
