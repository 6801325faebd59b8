package it.scacchiera.ui.editor;

import it.scacchiera.floorplan.CapacityResult;
import it.scacchiera.floorplan.CellKind;
import it.scacchiera.ui.common.Fxml;
import it.scacchiera.ui.common.Messages;
import it.scacchiera.ui.common.ViewListeners;
import it.scacchiera.ui.floormap.FloorMap;
import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The floorplan editor's screen: palette, header fields, the map in paint mode, capacity line. */
public final class EditorView {
    @FXML
    private HBox palette;

    @FXML
    private Label idLabel;

    @FXML
    private TextField nameField;

    @FXML
    private TextField cellField;

    @FXML
    private TextField distanceField;

    @FXML
    private TextField maxOccupancyField;

    @FXML
    private FloorMap map;

    @FXML
    private Label capacityLabel;

    @FXML
    private Label problemLabel;

    @FXML
    private Button undoButton;

    @FXML
    private Button redoButton;

    @FXML
    private Button saveButton;

    @FXML
    private Button saveAsButton;

    @FXML
    private ResourceBundle resources;

    private final EditorViewModel model;
    private ViewListeners listeners;

    private EditorView(EditorViewModel model) {
        this.model = model;
    }

    public static Parent load(EditorViewModel model, ResourceBundle bundle) {
        return Fxml.load(EditorView.class, bundle, new EditorView(model));
    }

    @FXML
    private void initialize() {
        listeners = ViewListeners.of(map);
        var brushes = new ToggleGroup();
        for (CellKind kind : CellKind.values()) {
            var button = new ToggleButton(kind == CellKind.OUTSIDE ? "␣" : String.valueOf(kind.symbol()));
            button.setId("brush-" + kind.name());
            button.setUserData(kind);
            button.setToggleGroup(brushes);
            button.setTooltip(new Tooltip(resources.getString("kind." + kind.name())));
            button.setSelected(kind == model.brushProperty().get());
            palette.getChildren().add(button);
        }
        brushes.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null) {
                before.setSelected(true); // one brush is always chosen
            } else {
                model.brushProperty().set((CellKind) after.getUserData());
            }
        });
        idLabel.textProperty().bind(model.roomIdProperty());
        bindField(nameField, HeaderField.NAME);
        bindField(cellField, HeaderField.CELL);
        bindField(distanceField, HeaderField.DISTANCE);
        bindField(maxOccupancyField, HeaderField.MAX_OCCUPANCY);
        map.paintModeProperty().set(true);
        map.showPatternProperty().set(true);
        map.setOnPaint(model::paint, model::endStroke);
        map.setDescribe(cell -> {
            var graph = model.graphProperty().get();
            return graph == null
                    ? ""
                    : cell.deskId().label() + " · "
                            + resources.getString("kind."
                                    + graph.floor()
                                            .kind(cell.row(), cell.column())
                                            .name());
        });
        listeners.onChange(model.graphProperty(), (o, before, after) -> map.setGraph(after));
        map.setGraph(model.graphProperty().get());
        listeners.onChange(model.capacityProperty(), (o, before, after) -> showCapacity(after));
        listeners.onChange(
                model.computingProperty(),
                (o, before, after) -> showCapacity(model.capacityProperty().get()));
        showCapacity(model.capacityProperty().get());
        problemLabel.textProperty().bind(model.problemProperty());
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        redoButton.disableProperty().bind(model.canRedoProperty().not());
        saveAsButton.disableProperty().bind(model.roomIdProperty().isEmpty());
        model.setConfirmReplace(file -> confirmReplace(saveButton.getScene().getWindow(), resources, file));
        saveButton
                .disableProperty()
                .bind(Bindings.or(
                        model.modifiedProperty().not(), model.roomIdProperty().isEmpty()));
    }

    /** The field shows the model's value (also after undo); the user's text becomes a command on Enter or leaving. */
    private void bindField(TextField field, HeaderField header) {
        field.setText(model.headerProperty(header).get());
        listeners.onChange(model.headerProperty(header), (o, before, after) -> field.setText(after));
        field.setOnAction(event -> model.setHeader(header, field.getText()));
        field.focusedProperty().addListener((o, before, focused) -> {
            if (!focused) {
                model.setHeader(header, field.getText());
            }
        });
    }

    private void showCapacity(CapacityResult result) {
        map.setPattern(result == null ? java.util.Set.of() : new HashSet<>(result.pattern()));
        String text = result == null
                ? ""
                : Messages.format(
                        resources,
                        result.optimal() ? "editor.capacity.optimal" : "editor.capacity.bound",
                        result.capacity(),
                        result.desks(),
                        result.upperBound());
        capacityLabel.setText(
                model.computingProperty().get() ? text + " " + resources.getString("editor.computing") : text);
    }

    @FXML
    private void onAddRow() {
        model.addRow();
    }

    @FXML
    private void onAddColumn() {
        model.addColumn();
    }

    @FXML
    private void onUndo() {
        model.undo();
    }

    @FXML
    private void onRedo() {
        model.redo();
    }

    @FXML
    private void onSave() {
        model.save();
    }

    /** Save as…: any file; the chooser asks before replacing one. */
    @FXML
    private void onSaveAs() {
        var chooser = new FileChooser();
        chooser.setTitle(resources.getString("editor.saveAs").replace("…", ""));
        chooser.setInitialFileName(model.roomIdProperty().get() + ".floor");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*.floor", "*.floor"));
        File file = chooser.showSaveDialog(saveButton.getScene().getWindow());
        if (file != null) {
            model.saveAs(file.toPath());
        }
    }

    /** The question asked before Save replaces a room file that changed on disk or is not the editor's. */
    static boolean confirmReplace(Window owner, ResourceBundle words, Path file) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION, words.getString("editor.replace.text"));
        alert.initOwner(owner);
        alert.setTitle(words.getString("editor.replace.title"));
        alert.setHeaderText(MessageFormat.format(words.getString("editor.replace.header"), file.getFileName()));
        alert.getDialogPane().setId("replaceDialog");
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
