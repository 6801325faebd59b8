package it.scacchiera.ui.plan;

import it.scacchiera.roster.Operator;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.control.*;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The solve settings: time limit, outsourcers authorised for remote work, sanitisation gap. */
final class SettingsDialog {
    private SettingsDialog() {}

    static void show(PlanViewModel model, ResourceBundle bundle, Window owner) {
        SolveSettings now = model.settingsProperty().get();
        var limit = new Spinner<Integer>(5, 3600, (int) now.timeLimit().toSeconds(), 5);
        var gap = new Spinner<Integer>(0, 240, now.sanitizeMinutes(), 5);
        limit.setEditable(true);
        gap.setEditable(true);
        var employers = new VBox(4);
        var outsourcers = new TreeSet<String>();
        if (model.siteProperty().get() != null) {
            model.siteProperty().get().operators().stream()
                    .filter(o -> !o.inHouse())
                    .map(Operator::employer)
                    .forEach(outsourcers::add);
        }
        outsourcers.forEach(name -> {
            var box = new CheckBox(name);
            box.setSelected(now.remoteEmployers().contains(name));
            employers.getChildren().add(box);
        });
        if (outsourcers.isEmpty()) {
            employers.getChildren().add(new Label(bundle.getString("settings.noOutsourcers")));
        }
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(bundle.getString("settings.timeLimit")), limit);
        grid.addRow(1, new Label(bundle.getString("settings.sanitize")), gap);
        grid.addRow(2, new Label(bundle.getString("settings.remoteEmployers")), employers);
        var dialog = new Dialog<SolveSettings>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("settings.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Set<String> chosen = new LinkedHashSet<>();
            employers.getChildren().forEach(node -> {
                if (node instanceof CheckBox box && box.isSelected()) {
                    chosen.add(box.getText());
                }
            });
            return new SolveSettings(Duration.ofSeconds(limit.getValue()), chosen, gap.getValue());
        });
        dialog.showAndWait().ifPresent(model.settingsProperty()::set);
    }
}
