package it.scacchiera.ui.rota;

import it.scacchiera.export.RotaPdf;
import it.scacchiera.planning.Pin;
import it.scacchiera.report.ServiceLevelReport;
import it.scacchiera.report.ServiceLevelRow;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.roster.Shift;
import it.scacchiera.roster.SiteZone;
import it.scacchiera.site.Site;
import it.scacchiera.ui.plan.DayChanges;
import it.scacchiera.ui.plan.OperatorDay;
import it.scacchiera.ui.plan.Placement;
import it.scacchiera.ui.plan.PlanViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The rota of the plan on screen: operators × dates of the horizon, filtered, with the coverage per date,
 * shift and service under it. Edits go through the plan's own undoable commands (pinned, live score); the
 * view calls {@link #refresh()} whenever the plan moves on.
 */
public final class RotaViewModel {
    private final PlanViewModel plan;
    private final DayChanges changes;
    private final ObservableList<RotaRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RotaRow> shown = new FilteredList<>(rows);
    private final ObjectProperty<RotaFilter> filter = new SimpleObjectProperty<>(this, "filter", RotaFilter.ALL);
    private final ObservableList<LocalDate> dates = FXCollections.observableArrayList();
    private final ObservableList<CoverageLine> coverage = FXCollections.observableArrayList();
    private final ObservableList<String> teams = FXCollections.observableArrayList();
    private final ObservableList<String> employers = FXCollections.observableArrayList();
    private final ObservableList<String> services = FXCollections.observableArrayList();
    private final ObservableList<String> shifts = FXCollections.observableArrayList();

    public RotaViewModel(PlanViewModel plan) {
        this.plan = plan;
        this.changes = new DayChanges(plan);
        shown.setPredicate(RotaFilter.ALL);
        filter.addListener((o, before, after) -> shown.setPredicate(after == null ? RotaFilter.ALL : after));
    }

    /** Rebuilds rows and coverage from the plan on screen: a site, horizon or plan change. */
    public void refresh() {
        Site site = plan.siteProperty().get();
        Horizon horizon = plan.horizon();
        List<LocalDate> days = site == null || horizon == null ? List.of() : horizon.dates();
        if (!dates.equals(days)) {
            dates.setAll(days);
        }
        List<Operator> operators = site == null ? List.of() : site.operators();
        choices(site, operators);
        List<ScheduleEntry> entries = plan.entries();
        Map<OperatorDay, ScheduleEntry> working = new HashMap<>();
        entries.forEach(e -> working.putIfAbsent(new OperatorDay(e.operatorId(), e.date()), e));
        Set<OperatorDay> pinned = new HashSet<>();
        for (Pin pin : plan.pins()) {
            pinned.add(new OperatorDay(pin.operatorId(), pin.date()));
        }
        var built = new ArrayList<RotaRow>(operators.size());
        for (Operator operator : operators) {
            var cells = new ArrayList<RotaCell>(days.size());
            for (LocalDate date : days) {
                var key = new OperatorDay(operator.id(), date);
                cells.add(cell(operator, date, working.get(key), pinned.contains(key)));
            }
            built.add(new RotaRow(operator, cells));
        }
        rows.setAll(built);
        coverage.setAll(coverage(site, horizon, entries));
    }

    private static RotaCell cell(Operator operator, LocalDate date, ScheduleEntry entry, boolean pinned) {
        if (entry != null) {
            return entry.remote()
                    ? new RotaCell(RotaCell.Kind.REMOTE, entry.shift(), null, null, pinned)
                    : new RotaCell(RotaCell.Kind.OFFICE, entry.shift(), entry.room(), entry.desk(), pinned);
        }
        if (!operator.availableOn(date)) {
            return RotaCell.UNAVAILABLE;
        }
        return pinned ? new RotaCell(RotaCell.Kind.OFF, null, null, null, true) : RotaCell.OFF;
    }

    private static List<CoverageLine> coverage(Site site, Horizon horizon, List<ScheduleEntry> entries) {
        if (site == null || horizon == null) {
            return List.of();
        }
        var report = new ServiceLevelReport(site.shifts(), SiteZone.DEFAULT);
        var lines = new ArrayList<CoverageLine>();
        for (ServiceLevelRow row :
                report.rows(horizon, site.demand().resolveWithInputs(horizon, site.shiftsByCode()), entries)) {
            lines.add(new CoverageLine(row.date(), row.shift(), row.service(), row.required(), row.staffed()));
        }
        return lines;
    }

    private void choices(Site site, List<Operator> operators) {
        var teamSet = new TreeSet<String>();
        var employerSet = new TreeSet<String>();
        operators.forEach(o -> {
            if (!o.team().isBlank()) {
                teamSet.add(o.team());
            }
            employerSet.add(o.employer());
        });
        setIfChanged(teams, List.copyOf(teamSet));
        setIfChanged(employers, List.copyOf(employerSet));
        setIfChanged(services, site == null ? List.of() : List.copyOf(new TreeSet<>(site.services())));
        setIfChanged(
                shifts,
                site == null
                        ? List.of()
                        : site.shifts().stream().map(Shift::code).toList());
    }

    private static void setIfChanged(ObservableList<String> list, List<String> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    // ----- edits: one undoable, pinned command each

    public boolean setOff(String operatorId, LocalDate date) {
        return changes.place(operatorId, date, Placement.OFF);
    }

    /** Works remote on the date: in the shift already planned, or the operator's first shift running then. */
    public boolean setRemote(String operatorId, LocalDate date) {
        Placement now = changes.placement(operatorId, date);
        String shift = now.working() ? now.shift() : firstShift(operatorId, date);
        return shift != null && changes.place(operatorId, date, new Placement(shift, now.service(), null, null));
    }

    /**
     * Works the shift on the date, where the operator is (the same desk if it is free then, or remote), or,
     * coming from a day off, remote when allowed, else at a free desk.
     */
    public boolean setShift(String operatorId, LocalDate date, String shift) {
        Placement now = changes.placement(operatorId, date);
        Operator operator = operator(operatorId);
        if (operator == null) {
            return false;
        }
        if (now.remote() || (!now.working() && operator.remote())) {
            return changes.place(operatorId, date, new Placement(shift, now.service(), null, null));
        }
        List<ScheduleEntry> others = plan.entries().stream()
                .filter(e -> !e.operatorId().equals(operatorId))
                .toList();
        var found = FreeDesk.find(plan.siteProperty().get().rooms(), others, date, shift);
        if (now.working() && (found == null || sameDeskFree(now, others, date, shift))) {
            return changes.place(operatorId, date, new Placement(shift, now.service(), now.roomId(), now.desk()));
        }
        return found == null
                ? changes.place(operatorId, date, new Placement(shift, now.service(), null, null))
                : changes.place(operatorId, date, new Placement(shift, now.service(), found.room(), found.desk()));
    }

    private static boolean sameDeskFree(Placement now, List<ScheduleEntry> others, LocalDate date, String shift) {
        return others.stream()
                .noneMatch(e -> e.date().equals(date)
                        && e.shift().equals(shift)
                        && now.roomId().equals(e.room())
                        && now.desk().equals(e.desk()));
    }

    private String firstShift(String operatorId, LocalDate date) {
        Operator operator = operator(operatorId);
        return operator == null
                ? null
                : plan.siteProperty().get().shifts().stream()
                        .filter(s -> s.runsOn(date) && operator.mayWork(s))
                        .map(Shift::code)
                        .findFirst()
                        .orElse(null);
    }

    private Operator operator(String operatorId) {
        Site site = plan.siteProperty().get();
        return site == null
                ? null
                : site.operators().stream()
                        .filter(o -> o.id().equals(operatorId))
                        .findFirst()
                        .orElse(null);
    }

    /**
     * A room as a cell shows it, short enough for a day column: the last word of its name ("Napoli" for
     * "Sala Napoli"), or its id when unknown.
     */
    public String roomLabel(String roomId) {
        Site site = plan.siteProperty().get();
        if (site != null) {
            for (var floor : site.floors()) {
                if (floor.id().equals(roomId)) {
                    String[] words = floor.name().trim().split("\\s+");
                    return words[words.length - 1];
                }
            }
        }
        return roomId;
    }

    public boolean editable(String operatorId, LocalDate date) {
        return changes.editable(operatorId, date);
    }

    public boolean undo() {
        return plan.undo();
    }

    /** The rows shown (filtered), one per operator, one column per date. */
    public void exportCsv(Path file) throws IOException {
        new RotaCsvWriter().write(file, List.copyOf(dates), List.copyOf(shown));
    }

    /**
     * The rows shown (filtered) as the rota PDF prints them by team, read now on the FX thread so that the
     * PDF can be written in the background.
     */
    public RotaPdf.Rota printable() {
        Site site = plan.siteProperty().get();
        return new RotaPdf.Rota(
                site == null ? "" : site.name(),
                List.copyOf(dates),
                site == null ? List.of() : site.shifts(),
                shown.stream().map(RotaRow::operator).toList(),
                site == null ? List.of() : site.floors(),
                List.copyOf(plan.entries()));
    }

    public PlanViewModel plan() {
        return plan;
    }

    public ObservableList<RotaRow> rows() {
        return shown;
    }

    public ObjectProperty<RotaFilter> filterProperty() {
        return filter;
    }

    public ObservableList<LocalDate> dates() {
        return dates;
    }

    public ObservableList<CoverageLine> coverage() {
        return coverage;
    }

    public ObservableList<String> teams() {
        return teams;
    }

    public ObservableList<String> employers() {
        return employers;
    }

    public ObservableList<String> services() {
        return services;
    }

    public ObservableList<String> shifts() {
        return shifts;
    }
}
