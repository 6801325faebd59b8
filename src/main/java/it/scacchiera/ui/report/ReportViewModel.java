package it.scacchiera.ui.report;

import it.scacchiera.export.ServiceLevelCsvWriter;
import it.scacchiera.export.ServiceLevelPdf;
import it.scacchiera.files.OutputFile;
import it.scacchiera.report.ServiceLevelReport;
import it.scacchiera.report.ServiceLevelRow;
import it.scacchiera.report.ServiceLevelTotals;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.SiteZone;
import it.scacchiera.site.Site;
import it.scacchiera.ui.main.RoomSummary;
import it.scacchiera.ui.plan.PlanViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The service levels of the plan on screen, per service: required and planned per date and shift, from
 * {@link ServiceLevelReport}. Aggregates only: no operator appears (SPEC §6). The view calls
 * {@link #refresh()} whenever the plan moves on.
 */
public final class ReportViewModel {
    private final PlanViewModel plan;
    private final ObservableList<RoomSummary> rooms;
    private final ObservableList<String> services = FXCollections.observableArrayList();
    private final ObjectProperty<String> service = new SimpleObjectProperty<>(this, "service");
    private final ObservableList<ServicePoint> points = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ServiceLevelTotals> totals =
            new ReadOnlyObjectWrapper<>(this, "totals", new ServiceLevelTotals(0, 0, 0));
    private List<ServiceLevelRow> rows = List.of();

    /** @param rooms the rooms list with the capacity already computed for it */
    public ReportViewModel(PlanViewModel plan, ObservableList<RoomSummary> rooms) {
        this.plan = plan;
        this.rooms = rooms;
        service.addListener((o, before, after) -> showService());
    }

    public void refresh() {
        Site site = plan.siteProperty().get();
        Horizon horizon = plan.horizon();
        rows = site == null || horizon == null
                ? List.of()
                : new ServiceLevelReport(site.shifts(), SiteZone.DEFAULT)
                        .rows(horizon, site.demand().resolveWithInputs(horizon, site.shiftsByCode()), plan.entries());
        List<String> now = site == null ? List.of() : List.copyOf(new TreeSet<>(site.services()));
        if (!services.equals(now)) {
            String kept = service.get();
            services.setAll(now);
            service.set(kept != null && now.contains(kept) ? kept : now.isEmpty() ? null : now.get(0));
        }
        showService();
    }

    private void showService() {
        String chosen = service.get();
        List<ServiceLevelRow> of =
                rows.stream().filter(row -> row.service().equals(chosen)).toList();
        points.setAll(of.stream()
                .map(row -> new ServicePoint(row.date(), row.shift(), row.required(), row.staffed()))
                .toList());
        totals.set(ServiceLevelTotals.of(of));
    }

    /** The whole report, every service, as the {@code report} verb writes it (SPEC §4). */
    public void exportCsv(Path file) throws IOException {
        new ServiceLevelCsvWriter(',').write(file, rows);
    }

    /**
     * The whole report and the rooms' capacity as a PDF for the client, read now (on the FX thread) and
     * written when the content is asked for, in the background.
     */
    public OutputFile.Content pdf(Locale locale) {
        Site site = plan.siteProperty().get();
        String name = site == null ? "" : site.name();
        List<ServiceLevelRow> report = List.copyOf(rows);
        List<ServiceLevelPdf.RoomCapacity> capacities = rooms.stream()
                .map(room -> new ServiceLevelPdf.RoomCapacity(room.floor(), room.capacity()))
                .toList();
        var writer = new ServiceLevelPdf(locale);
        return out -> writer.write(out, name, report, capacities);
    }

    public PlanViewModel plan() {
        return plan;
    }

    public ObservableList<RoomSummary> rooms() {
        return rooms;
    }

    public ObservableList<String> services() {
        return services;
    }

    public ObjectProperty<String> serviceProperty() {
        return service;
    }

    public ObservableList<ServicePoint> points() {
        return points;
    }

    /** Required, planned and short of the chosen service over the horizon. */
    public ReadOnlyObjectProperty<ServiceLevelTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }
}
