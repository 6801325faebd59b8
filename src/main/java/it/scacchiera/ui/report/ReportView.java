package it.scacchiera.ui.report;

import it.scacchiera.ui.common.Failures;
import it.scacchiera.ui.common.Fxml;
import it.scacchiera.ui.common.ViewListeners;
import it.scacchiera.ui.main.RoomSummary;
import it.scacchiera.ui.print.PdfPrint;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.*;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;

/** The service-level tab: planned vs required per service over the horizon, rooms' capacity, CSV export. */
public final class ReportView {
    @FXML
    private ComboBox<String> serviceBox;

    @FXML
    private Label totalsLabel;

    @FXML
    private BarChart<String, Number> chart;

    @FXML
    private TableView<RoomSummary> roomsTable;

    @FXML
    private TableColumn<RoomSummary, String> roomColumn;

    @FXML
    private TableColumn<RoomSummary, String> ruleColumn;

    @FXML
    private TableColumn<RoomSummary, String> desksColumn;

    @FXML
    private TableColumn<RoomSummary, String> capacityColumn;

    @FXML
    private ResourceBundle resources;

    @FXML
    private BorderPane root;

    private final ReportViewModel model;
    private final PdfPrint print;

    private ReportView(ReportViewModel model, PdfPrint print) {
        this.model = model;
        this.print = print;
    }

    /** @param print saves the report as PDF in the background */
    public static Parent load(ReportViewModel model, ResourceBundle bundle, PdfPrint print) {
        return Fxml.load(ReportView.class, bundle, new ReportView(model, print));
    }

    @FXML
    private void initialize() {
        var words = new ReportWording(resources);
        // the axis's own formatter follows the machine's locale, not the window's
        ((NumberAxis) chart.getYAxis()).setTickLabelFormatter(words.axis());
        var listeners = ViewListeners.of(chart);
        var plan = model.plan();
        listeners.onChange(plan.revisionProperty(), (o, before, after) -> planMoved());
        listeners.onChange(plan.siteProperty(), (o, before, after) -> planMoved());
        listeners.onChange(plan.days(), (ListChangeListener.Change<? extends LocalDate> c) -> planMoved());
        listeners.onChange(root.visibleProperty(), (o, before, after) -> planMoved());
        listeners.onChange(model.points(), (ListChangeListener.Change<? extends ServicePoint> c) -> plot(words));
        listeners.onChange(model.totalsProperty(), (o, b, after) -> totalsLabel.setText(words.totals(after)));
        serviceBox.setItems(model.services());
        serviceBox.valueProperty().bindBidirectional(model.serviceProperty());
        model.refresh();
        plot(words);
        totalsLabel.setText(words.totals(model.totalsProperty().get()));
        roomsTable.setItems(model.rooms());
        roomColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(row.getValue().floor().name()));
        ruleColumn.setCellValueFactory(row ->
                new ReadOnlyObjectWrapper<>(words.rule(row.getValue().floor().distance())));
        desksColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                words.count(row.getValue().capacity().desks())));
        capacityColumn.setCellValueFactory(
                row -> new ReadOnlyObjectWrapper<>(words.capacity(row.getValue().capacity())));
    }

    private void plot(ReportWording words) {
        chart.setTitle(MessageFormat.format(
                resources.getString("report.chart.title"),
                model.serviceProperty().get() == null
                        ? ""
                        : model.serviceProperty().get()));
        var requiredData = new ArrayList<XYChart.Data<String, Number>>();
        var plannedData = new ArrayList<XYChart.Data<String, Number>>();
        for (ServicePoint point : model.points()) {
            requiredData.add(new XYChart.Data<>(words.slot(point), point.required()));
            plannedData.add(new XYChart.Data<>(words.slot(point), point.planned()));
        }
        // new series each time: a BarChart whose series' data was replaced while hidden drew no bars
        var required = new XYChart.Series<>(
                resources.getString("report.required"), FXCollections.observableList(requiredData));
        var planned =
                new XYChart.Series<>(resources.getString("report.planned"), FXCollections.observableList(plannedData));
        chart.getData().setAll(List.of(required, planned));
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

    /** The whole report, every service, and the rooms' capacity, for the client; written in the background. */
    @FXML
    private void onExportPdf() {
        print.save(chart.getScene().getWindow(), "service-levels.pdf", model.pdf(resources.getLocale()));
    }

    @FXML
    private void onExport() {
        var chooser = new FileChooser();
        chooser.setTitle(resources.getString("report.export"));
        chooser.setInitialFileName("report.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        var file = chooser.showSaveDialog(chart.getScene().getWindow());
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
