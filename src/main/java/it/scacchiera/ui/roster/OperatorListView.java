package it.scacchiera.ui.roster;

import it.scacchiera.ui.common.Fxml;
import it.scacchiera.ui.common.ViewListeners;
import it.scacchiera.ui.common.WrappingCell;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.util.StringConverter;

/** The operator table: binds search and filters to the model, makes each row a drag source of its id. */
public final class OperatorListView {
    /** What a dragged operator row carries: the operator id (also put as plain text). */
    public static final DataFormat OPERATOR_FORMAT = format("application/x-scacchiera-operator");

    @FXML
    private TextField searchField;

    @FXML
    private ComboBox<String> teamBox;

    @FXML
    private ComboBox<String> employerBox;

    @FXML
    private ComboBox<String> skillBox;

    @FXML
    private CheckBox remoteBox;

    @FXML
    private CheckBox unassignedBox;

    @FXML
    private TableView<OperatorRow> table;

    @FXML
    private TableColumn<OperatorRow, String> idColumn;

    @FXML
    private TableColumn<OperatorRow, String> nameColumn;

    @FXML
    private TableColumn<OperatorRow, String> teamColumn;

    @FXML
    private TableColumn<OperatorRow, String> employerColumn;

    @FXML
    private TableColumn<OperatorRow, String> skillsColumn;

    @FXML
    private TableColumn<OperatorRow, String> remoteColumn;

    @FXML
    private TableColumn<OperatorRow, String> stateColumn;

    @FXML
    private ResourceBundle resources;

    private final OperatorListViewModel model;

    private OperatorListView(OperatorListViewModel model) {
        this.model = model;
    }

    /** A DataFormat may be created once per JVM: a second view, or a reloaded one, finds the first. */
    private static DataFormat format(String mimeType) {
        DataFormat existing = DataFormat.lookupMimeType(mimeType);
        return existing == null ? new DataFormat(mimeType) : existing;
    }

    public static Parent load(OperatorListViewModel model, ResourceBundle bundle) {
        return Fxml.load(OperatorListView.class, bundle, new OperatorListView(model));
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchProperty());
        filter(teamBox, model.teams(), model.teamProperty());
        filter(employerBox, model.employers(), model.employerProperty());
        filter(skillBox, model.skills(), model.skillProperty());
        remoteBox.selectedProperty().bindBidirectional(model.remoteOnlyProperty());
        unassignedBox.selectedProperty().bindBidirectional(model.unassignedOnlyProperty());
        table.setItems(model.shown());
        idColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(row.getValue().id()));
        nameColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(row.getValue().operator().name()));
        teamColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(row.getValue().operator().team()));
        employerColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(row.getValue().operator().employer()));
        skillsColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                String.join(", ", row.getValue().operator().skills())));
        remoteColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                resources.getString(row.getValue().operator().remote() ? "operators.yes" : "operators.no")));
        stateColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(describe(row.getValue().state())));
        stateColumn.setCellFactory(column -> new WrappingCell<>());
        table.setRowFactory(view -> dragSource());
        table.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after != null) {
                model.selectedIdProperty().set(after.id());
            }
        });
        ViewListeners.of(table).onChange(model.selectedIdProperty(), (o, before, after) -> select(after));
        select(model.selectedIdProperty().get());
        table.setOnKeyPressed(event -> {
            OperatorRow row = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && row != null) {
                model.activate(row.id());
                event.consume();
            }
        });
    }

    private void filter(ComboBox<String> box, List<String> choices, StringProperty value) {
        box.getItems().setAll(choices);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String choice) {
                return choice == null || choice.equals(OperatorListViewModel.ANY)
                        ? resources.getString("operators.any")
                        : choice;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.valueProperty().bindBidirectional(value);
    }

    private void select(String operatorId) {
        OperatorRow selected = table.getSelectionModel().getSelectedItem();
        if (operatorId == null || (selected != null && selected.id().equals(operatorId))) {
            return;
        }
        table.getItems().stream()
                .filter(row -> row.id().equals(operatorId))
                .findFirst()
                .ifPresentOrElse(
                        row -> {
                            table.getSelectionModel().select(row);
                            table.scrollTo(row);
                        },
                        () -> table.getSelectionModel().clearSelection());
    }

    private TableRow<OperatorRow> dragSource() {
        var row = new TableRow<OperatorRow>();
        row.setOnDragDetected(event -> {
            if (row.getItem() == null) {
                return;
            }
            var content = new ClipboardContent();
            content.put(OPERATOR_FORMAT, row.getItem().id());
            content.putString(row.getItem().id());
            row.startDragAndDrop(TransferMode.COPY_OR_MOVE).setContent(content);
            event.consume();
        });
        return row;
    }

    private String describe(DayState state) {
        String text =
                switch (state.kind()) {
                    case OFF -> resources.getString("operators.state.OFF");
                    case DESK ->
                        MessageFormat.format(
                                resources.getString("operators.state.DESK"),
                                state.shift(),
                                model.roomName(state.room()),
                                state.desk().label());
                    case REMOTE -> MessageFormat.format(resources.getString("operators.state.REMOTE"), state.shift());
                    case UNASSIGNED -> resources.getString("operators.state.UNASSIGNED");
                };
        return state.pinned() ? text + " · " + resources.getString("operators.pinned") : text;
    }
}
