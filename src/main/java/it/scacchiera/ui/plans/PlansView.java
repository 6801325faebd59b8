package it.scacchiera.ui.plans;

import it.scacchiera.persistence.PlanSummary;
import it.scacchiera.ui.common.Fxml;
import it.scacchiera.ui.common.ScoreText;
import it.scacchiera.ui.common.ViewListeners;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/** The saved plans of the site: binds the table, actions and status line to the model. */
public final class PlansView {
    @FXML
    private TableView<PlanSummary> table;

    @FXML
    private TableColumn<PlanSummary, String> labelColumn;

    @FXML
    private TableColumn<PlanSummary, String> horizonColumn;

    @FXML
    private TableColumn<PlanSummary, String> statusColumn;

    @FXML
    private TableColumn<PlanSummary, String> scoreColumn;

    @FXML
    private TableColumn<PlanSummary, String> updatedColumn;

    @FXML
    private Button saveButton;

    @FXML
    private Button saveAsNewButton;

    @FXML
    private Button publishButton;

    @FXML
    private Button openButton;

    @FXML
    private Button deleteButton;

    @FXML
    private Button databaseButton;

    @FXML
    private HBox conflictBar;

    @FXML
    private Label statusLabel;

    @FXML
    private ProgressIndicator progress;

    @FXML
    private ResourceBundle resources;

    private final PlansViewModel model;

    private PlansView(PlansViewModel model) {
        this.model = model;
    }

    /** Loads the panel and lists the site's plans (in the background). */
    public static Parent load(PlansViewModel model, ResourceBundle bundle) {
        return Fxml.load(PlansView.class, bundle, new PlansView(model));
    }

    @FXML
    private void initialize() {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(resources.getLocale());
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(resources.getLocale())
                .withZone(ZoneId.systemDefault());
        table.setItems(model.plans());
        labelColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(row.getValue().label()));
        horizonColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(MessageFormat.format(
                resources.getString("plans.horizonValue"),
                dates.format(row.getValue().horizon().from()),
                row.getValue().horizon().weeks())));
        statusColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                resources.getString("plans.status." + row.getValue().status().name())));
        scoreColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                row.getValue().score() == null
                        ? "–"
                        : ScoreText.ofStored(resources, row.getValue().score())));
        updatedColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(times.format(row.getValue().updatedAt())));
        table.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> model.selectedProperty()
                .set(after));
        var listeners = ViewListeners.of(table);
        listeners.onChange(model.selectedProperty(), (o, before, after) -> select(after));
        listeners.onChange(model.statusProperty(), (o, before, after) -> showStatus(after));
        showStatus(model.statusProperty().get());
        var noSelection = model.selectedProperty().isNull().or(model.busyProperty());
        for (Button button : new Button[] {publishButton, openButton, deleteButton}) {
            button.disableProperty().bind(noSelection);
        }
        var nothingToSave = model.busyProperty().or(model.planOnScreenProperty().not());
        saveButton.disableProperty().bind(nothingToSave);
        databaseButton.setDisable(model.database() == null);
        saveAsNewButton.disableProperty().bind(nothingToSave);
        conflictBar.visibleProperty().bind(model.conflictProperty());
        conflictBar.managedProperty().bind(model.conflictProperty());
        progress.visibleProperty().bind(model.busyProperty());
        saveButton
                .textProperty()
                .bind(Bindings.when(model.openedProperty().isNull())
                        .then(resources.getString("plans.saveDraft"))
                        .otherwise(resources.getString("plans.save")));
        model.refresh();
    }

    private void select(PlanSummary plan) {
        if (plan == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != plan) {
            table.getSelectionModel().select(plan);
        }
    }

    private void showStatus(PlansStatus status) {
        statusLabel.setText(MessageFormat.format(
                resources.getString("plans.activity." + status.activity().name()), status.detail()));
        if (model.askForPassword()) { // a password not remembered: asked for when the server refuses
            Platform.runLater(() -> {
                if (table.getScene() != null) {
                    onDatabase();
                }
            });
        }
    }

    /** Over the plan it was opened from, under its name; a new plan is named first. */
    @FXML
    private void onSave() {
        if (model.openedProperty().get() != null) {
            model.save();
        } else {
            onSaveAsNew();
        }
    }

    @FXML
    private void onSaveAsNew() {
        PlanLabelDialog.ask(table.getScene().getWindow(), resources, model.suggestedLabel())
                .ifPresent(model::saveAsNew);
    }

    @FXML
    private void onPublish() {
        model.publish();
    }

    @FXML
    private void onOpen() {
        model.open();
    }

    @FXML
    private void onRefresh() {
        model.refresh();
    }

    @FXML
    private void onDatabase() {
        DatabaseDialog.show(table.getScene().getWindow(), model, resources);
    }

    @FXML
    private void onReload() {
        model.reload();
    }

    @FXML
    private void onDelete() {
        PlanSummary plan = model.selectedProperty().get();
        if (plan == null) {
            return;
        }
        var confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                MessageFormat.format(resources.getString("plans.deleteConfirm"), plan.label()),
                ButtonType.OK,
                ButtonType.CANCEL);
        confirm.initOwner(table.getScene().getWindow());
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.delete());
    }
}
