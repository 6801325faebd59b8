package it.scacchiera.ui.plan;

import it.scacchiera.export.ScheduleCsvWriter;
import it.scacchiera.export.SeatingSheetPdf;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.Pin;
import it.scacchiera.planning.PlanFactory;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.planning.ScoreReport;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.site.Site;
import it.scacchiera.site.SiteReader;
import it.scacchiera.ui.absence.Absences;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.*;
import javafx.collections.ObservableList;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The plan on the map: the planning week, day and shift shown, live solving, manual changes as undoable
 * commands that pin what they change, and the score, coverage and solver state for the status bar. The
 * views' one entry point; the work is done by {@link PlanCalendar}, {@link PlanSolver}, {@link ManualChanges},
 * {@link PlanEdits}, {@link PlanDisplay} and {@link SolveInputs}.
 */
public final class PlanViewModel {
    private final PlanningService planning;
    private final SiteLoad siteLoad;
    private final ReadOnlyObjectWrapper<Site> site = new ReadOnlyObjectWrapper<>(this, "site");
    private final ObjectProperty<ConflictGraph> room = new SimpleObjectProperty<>(this, "room");
    private final PlanCalendar calendar = new PlanCalendar(this, site::get, this::horizonChanged, this::refresh);
    private final ObjectProperty<LocalDate> day = calendar.day();
    private final ObjectProperty<String> shift = calendar.shift();
    private final ObjectProperty<SolveSettings> settings =
            new SimpleObjectProperty<>(this, "settings", SolveSettings.DEFAULT);
    private final PlanDisplay display;
    private final PlanSolver solver;
    private final PlanEdits edits;
    private final ManualChanges changes = new ManualChanges(this);
    private final SolveInputs inputs = new SolveInputs(this);
    private WorkingPlan working;

    public PlanViewModel(PlanningService planning, Executor background, Executor fxThread) {
        this.planning = planning;
        this.siteLoad = new SiteLoad(this, background, fxThread);
        this.display = new PlanDisplay(this, planning, background, fxThread);
        this.solver = new PlanSolver(this, planning, display, background, fxThread);
        this.edits = new PlanEdits(this, solver, display);
        room.addListener((o, before, after) -> refresh());
    }

    /**
     * Reads the site's planning files in the background. A folder of rooms alone keeps planning off;
     * {@link #siteFailureProperty()} says why (a {@link java.nio.file.NoSuchFileException} for a missing CSV).
     */
    public void open(SiteReader reader, Path folder) {
        setSite(null);
        siteLoad.open(reader, folder, this::setSite);
    }

    /** A site with planning files; null closes planning (a folder of rooms alone). */
    public void setSite(Site loaded) {
        stop();
        site.set(loaded);
        horizonChanged();
    }

    public Horizon horizon() {
        return calendar.horizon();
    }

    /** The published plan of the horizon on screen: re-solving changes it as little as it can. */
    public void setPublished(List<ScheduleEntry> rows) {
        inputs.setPublished(rows);
    }

    public Absences absences() {
        return inputs.absences();
    }

    /** The service that solves this plan: a re-plan uses it only while the live solve is idle. */
    public PlanningService planning() {
        return planning;
    }

    /** Asked before the planner's choice of another week drops the plan on screen: runs the change, or not. */
    public void setBeforeNewHorizon(Consumer<Runnable> guard) {
        calendar.setBeforeNewHorizon(guard);
    }

    /**
     * The planner picks another week or number of weeks: the plan on screen goes only once the guard lets
     * it (asked about unsaved changes). Unchanged properties mean the planner cancelled, or the change
     * waits for a save to finish; the week fields follow the properties either way.
     */
    public void chooseHorizon(LocalDate from, int count) {
        calendar.chooseHorizon(from, count);
    }

    private void horizonChanged() {
        inputs.setPublished(List.of());
        planning.cancel();
        display.forget();
        working = null;
        edits.clear();
        display.clear();
        solver.reset(SolverState.NO_PLAN);
        calendar.resetDays();
        refresh();
    }

    public PlanningProblem problem() {
        return inputs.build();
    }

    /** Solves on the background executor; the map follows the best plan at most five times a second. */
    public void solve() {
        solver.solve();
    }

    /** Stop keeps the best plan so far: the solve returns it and it is shown as the last update. */
    public void stop() {
        solver.stop();
    }

    /** Moves the progress on while solving; the view calls it a few times a second. */
    public void tick() {
        solver.tick();
    }

    public double elapsedSeconds() {
        return solver.elapsedSeconds();
    }

    // ----- manual changes (ManualChanges): each is one command that pins what it changed (PlanEdits)

    /** Puts an operator at a desk of the shown room in the shown shift; an occupant there swaps places. */
    public boolean moveToDesk(String operatorId, DeskId desk) {
        return changes.moveToDesk(operatorId, desk);
    }

    public boolean moveToRemote(String operatorId) {
        return changes.moveToRemote(operatorId);
    }

    /** The operator takes the shown date off. */
    public boolean sendHome(String operatorId) {
        return changes.sendHome(operatorId);
    }

    public boolean togglePin(String operatorId) {
        return changes.togglePin(operatorId);
    }

    public boolean isPinned(String operatorId) {
        return dayProperty().get() != null && edits.pinnedDays().contains(new OperatorDay(operatorId, day.get()));
    }

    WorkingPlan working() {
        return working;
    }

    /** A plan of the solve replaces the plan on screen. */
    void setWorking(WorkingPlan solved) {
        working = solved;
    }

    PlanEdits edits() {
        return edits;
    }

    public boolean undo() {
        return edits.history().undo();
    }

    public boolean redo() {
        return edits.history().redo();
    }

    /**
     * The score of the plan on screen as it is now, for a save: the live score, or a full scoring here
     * while the newest change's score is still on its way. Call on the FX thread.
     */
    public HardMediumSoftScore settledScore() {
        return display.settledScore();
    }

    /**
     * The rules the shown plan breaks, with who, where and when; null without a plan. Call on the FX thread:
     * it copies the plan there and returns the full scoring, which may then run on any thread.
     */
    public Supplier<ScoreReport> explainer() {
        return display.explainer();
    }

    public List<Pin> pins() {
        return List.copyOf(edits.pinned().values());
    }

    /** Shows the date and shift a reason is about (the caller switches the room). */
    public void showMoment(LocalDateTime when) {
        calendar.showMoment(when);
    }

    /** Where an operator works on the shown day, {@link Placement#OFF} when off or without a plan. */
    public Placement placementOf(String operatorId) {
        return working == null || day.get() == null
                ? Placement.OFF
                : working.placement(new OperatorDay(operatorId, day.get()));
    }

    /** Opens a saved plan: its weeks, rows and pins replace the plan on screen. */
    public void load(Horizon horizon, List<ScheduleEntry> rows, List<Pin> saved) {
        if (site.get() == null) {
            return;
        }
        stop();
        weeksProperty().set(horizon.weeks());
        weekStartProperty().set(horizon.from());
        horizonChanged();
        edits.pinAll(saved);
        working = new WorkingPlan(new PlanFactory(problem()), rows, Set.copyOf(edits.pinnedDays()));
        solver.reset(SolverState.STOPPED);
        display.changed();
        edits.setDirty(false);
    }

    /** The plan on screen is now saved (or knowingly discarded): nothing to ask about before it goes. */
    public void markSaved() {
        edits.setDirty(false);
    }

    /** The plan on screen came from no store (an autosaved draft put back): keep asking before it goes. */
    public void markUnsaved() {
        edits.setDirty(working != null);
    }

    /** True while the plan on screen has changes no store holds: manual edits, pins, a solve. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return edits.dirty();
    }

    private void refresh() {
        display.refresh();
    }

    // ----- files

    public List<ScheduleEntry> entries() {
        return working == null ? List.of() : working.entries();
    }

    public void exportSchedule(Path file) throws IOException {
        new ScheduleCsvWriter().write(file, entries());
    }

    /** The seating sheets of the shown day as PDF (there is no printer to send them to). */
    public void writeSeatingSheet(Path file) throws IOException {
        new SeatingSheetPdf().write(file, day.get(), site.get().floors(), entries());
    }

    public ReadOnlyObjectProperty<Site> siteProperty() {
        return site.getReadOnlyProperty();
    }

    /** Why the last solve failed, or null: the view shows it. */
    public ReadOnlyObjectProperty<RuntimeException> solveFailureProperty() {
        return solver.failure();
    }

    /** Why planning is off for the open folder, or null. */
    public ReadOnlyObjectProperty<Exception> siteFailureProperty() {
        return siteLoad.failure();
    }

    public ObjectProperty<ConflictGraph> roomProperty() {
        return room;
    }

    public ObjectProperty<LocalDate> weekStartProperty() {
        return calendar.weekStart();
    }

    public IntegerProperty weeksProperty() {
        return calendar.weeks();
    }

    public ObservableList<LocalDate> days() {
        return calendar.days();
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return calendar.day();
    }

    public ObservableList<String> shifts() {
        return calendar.shifts();
    }

    public ObjectProperty<String> shiftProperty() {
        return calendar.shift();
    }

    public ObjectProperty<SolveSettings> settingsProperty() {
        return settings;
    }

    public ReadOnlyObjectProperty<ShownShift> shownProperty() {
        return display.shown();
    }

    public ObservableList<RemoteWorker> remote() {
        return display.remote();
    }

    public ReadOnlyObjectProperty<HardMediumSoftScore> scoreProperty() {
        return display.score();
    }

    public ReadOnlyObjectProperty<Coverage> coverageProperty() {
        return display.coverage();
    }

    public ReadOnlyObjectProperty<SolverState> stateProperty() {
        return solver.state();
    }

    public ReadOnlyDoubleProperty solveProgressProperty() {
        return solver.progress();
    }

    /** How long the last manual change took on the FX thread (redraw, copy to rescore), in microseconds. */
    public ReadOnlyLongProperty lastUpdateMicrosProperty() {
        return display.lastUpdateMicros();
    }

    /** Moves on with every plan shown or changed: panels that summarise the plan refresh on it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return display.revision();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return edits.history().canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return edits.history().canRedoProperty();
    }
}
