package it.scacchiera.ui.rota;

import it.scacchiera.export.RotaPdf;
import it.scacchiera.files.OutputFile;
import it.scacchiera.ui.common.Failures;
import it.scacchiera.ui.common.Fxml;
import it.scacchiera.ui.common.NumberCell;
import it.scacchiera.ui.common.ViewListeners;
import it.scacchiera.ui.print.PdfPrint;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.*;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;

/** The rota tab: binds the grid, filters and coverage to the model, forwards edits and the export. */
public final class RotaView {
    @FXML
    private TextField searchField;

    @FXML
    private ComboBox<String> teamBox;

    @FXML
    private ComboBox<String> employerBox;

    @FXML
    private ComboBox<String> serviceBox;

    @FXML
    private CheckBox remoteBox;

    @FXML
    private Label scoreLabel;

    @FXML
    private TableView<RotaRow> table;

    @FXML
    private TableColumn<RotaRow, String> nameColumn;

    @FXML
    private TableView<CoverageLine> coverageTable;

    @FXML
    private TableColumn<CoverageLine, String> dateColumn;

    @FXML
    private TableColumn<CoverageLine, String> shiftColumn;

    @FXML
    private TableColumn<CoverageLine, String> serviceColumn;

    @FXML
    private TableColumn<CoverageLine, Number> requiredColumn;

    @FXML
    private TableColumn<CoverageLine, Number> plannedColumn;

    @FXML
    private TableColumn<CoverageLine, Number> shortColumn;

    @FXML
    private ResourceBundle resources;

    @FXML
    private BorderPane root;

    private final RotaViewModel model;
    private final PdfPrint print;

    private RotaView(RotaViewModel model, PdfPrint print) {
        this.model = model;
        this.print = print;
    }

    /** @param print prints the rota by team, or saves it as PDF, in the background */
    public static Parent load(RotaViewModel model, ResourceBundle bundle, PdfPrint print) {
        return Fxml.load(RotaView.class, bundle, new RotaView(model, print));
    }

    @FXML
    private void initialize() {
        var columns = new RotaColumns(model, resources);
        var listeners = ViewListeners.of(table);
        var plan = model.plan();
        listeners.onChange(plan.revisionProperty(), (o, before, after) -> planMoved());
        listeners.onChange(plan.siteProperty(), (o, before, after) -> planMoved());
        listeners.onChange(plan.days(), (ListChangeListener.Change<? extends LocalDate> c) -> planMoved());
        listeners.onChange(root.visibleProperty(), (o, before, after) -> planMoved());
        listeners.onChange(model.dates(), (ListChangeListener.Change<? extends LocalDate> c) -> columns.dates(table));
        listeners.onChange(plan.scoreProperty(), (o, before, after) -> scoreLabel.setText(columns.score(after)));
        model.refresh();
        columns.dates(table);
        scoreLabel.setText(columns.score(plan.scoreProperty().get()));
        table.setItems(model.rows());
        table.getSelectionModel().setCellSelectionEnabled(true);
        nameColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(row.getValue().operator().name() + " ("
                        + row.getValue().operator().id() + ")"));
        coverageTable.setItems(model.coverage());
        dateColumn.setCellValueFactory(
                line -> new ReadOnlyObjectWrapper<>(columns.date(line.getValue().date())));
        shiftColumn.setCellValueFactory(
                line -> new ReadOnlyObjectWrapper<>(line.getValue().shift()));
        serviceColumn.setCellValueFactory(
                line -> new ReadOnlyObjectWrapper<>(line.getValue().service()));
        requiredColumn.setCellValueFactory(
                line -> new ReadOnlyObjectWrapper<>(line.getValue().required()));
        plannedColumn.setCellValueFactory(
                line -> new ReadOnlyObjectWrapper<>(line.getValue().planned()));
        shortColumn.setCellValueFactory(
                line -> new ReadOnlyObjectWrapper<>(line.getValue().shortfall()));
        requiredColumn.setCellFactory(column -> new NumberCell<>(resources.getLocale()));
        plannedColumn.setCellFactory(column -> new NumberCell<>(resources.getLocale()));
        shortColumn.setCellFactory(column -> RotaColumns.shortCell(resources.getLocale()));
        columns.choices(teamBox, model.teams(), listeners);
        columns.choices(employerBox, model.employers(), listeners);
        columns.choices(serviceBox, model.services(), listeners);
        searchField.textProperty().addListener((o, before, after) -> filter());
        teamBox.valueProperty().addListener((o, before, after) -> filter());
        employerBox.valueProperty().addListener((o, before, after) -> filter());
        serviceBox.valueProperty().addListener((o, before, after) -> filter());
        remoteBox.selectedProperty().addListener((o, before, after) -> filter());
    }

    private void filter() {
        model.filterProperty()
                .set(new RotaFilter(
                        teamBox.getValue(),
                        employerBox.getValue(),
                        serviceBox.getValue(),
                        remoteBox.isSelected(),
                        searchField.getText()));
    }

    /**
     * A tab in the back has its content hidden: it catches up when shown, so a solve's five updates a second
     * do not rebuild it on the FX thread meanwhile.
     */
    private void planMoved() {
        if (root.isVisible()) {
            model.refresh();
        }
    }

    @FXML
    private void onExportPdf() {
        print.save(table.getScene().getWindow(), "rota.pdf", pdf());
    }

    @FXML
    private void onPrint() {
        print.print(table.getScene().getWindow(), "rota.pdf", pdf());
    }

    /** The rota shown, read now; written by team on the background executor. */
    private OutputFile.Content pdf() {
        RotaPdf.Rota rota = model.printable();
        var writer = new RotaPdf(resources.getLocale());
        return out -> writer.write(out, rota);
    }

    @FXML
    private void onExport() {
        var chooser = new FileChooser();
        chooser.setTitle(resources.getString("rota.export"));
        chooser.setInitialFileName("rota.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        var file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            model.exportCsv(file.toPath());
        } catch (IOException e) {
            new Alert(Alert.AlertType.ERROR, Failures.describe(e), ButtonType.OK).showAndWait();
        }
    }
}
