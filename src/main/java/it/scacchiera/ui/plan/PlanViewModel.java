package it.scacchiera.ui.plan;

import it.scacchiera.export.ScheduleCsvWriter;
import it.scacchiera.export.SeatingSheetPdf;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.planning.Pin;
import it.scacchiera.planning.Plan;
import it.scacchiera.planning.PlanFactory;
import it.scacchiera.planning.PlanningProblem;
import it.scacchiera.planning.PlanningService;
import it.scacchiera.planning.ScoreReport;
import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.site.Site;
import it.scacchiera.site.SiteReader;
import it.scacchiera.ui.absence.Absences;
import it.scacchiera.ui.common.UndoHistory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The plan on the map: the planning week, day and shift shown, live solving, manual changes as undoable
 * commands that pin what they change, and the score, coverage and solver state for the status bar.
 */
public final class PlanViewModel implements ChangePlacements.Target {
    /** At most five map updates a second while the solver improves. */
    static final Duration THROTTLE = Duration.ofMillis(200);

    private final PlanningService planning;
    private final SiteLoad siteLoad;
    private final ReadOnlyObjectWrapper<Site> site = new ReadOnlyObjectWrapper<>(this, "site");
    private final ObjectProperty<ConflictGraph> room = new SimpleObjectProperty<>(this, "room");
    private final PlanCalendar calendar = new PlanCalendar(this, site::get, this::horizonChanged, this::refresh);
    private final ObjectProperty<LocalDate> day = calendar.day();
    private final ObjectProperty<String> shift = calendar.shift();
    private final ObjectProperty<SolveSettings> settings =
            new SimpleObjectProperty<>(this, "settings", SolveSettings.DEFAULT);
    private final ReadOnlyObjectWrapper<ShownShift> shown =
            new ReadOnlyObjectWrapper<>(this, "shown", ShownShift.EMPTY);
    private final ObservableList<RemoteWorker> remote = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HardMediumSoftScore> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final ReadOnlyObjectWrapper<Coverage> coverage =
            new ReadOnlyObjectWrapper<>(this, "coverage", Coverage.NONE);
    private final SolveRun run = new SolveRun(this);
    private final ReadOnlyLongWrapper lastUpdateMicros = new ReadOnlyLongWrapper(this, "lastUpdateMicros");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final UndoHistory history = new UndoHistory();
    private final Map<OperatorDay, Pin> pins = new LinkedHashMap<>();
    // what the planner placed while a solve ran, undos included: the solve's plans show it too
    private final Map<OperatorDay, Placement> placedWhileSolving = new LinkedHashMap<>();
    private final LiveScore liveScore;
    private final LiveSolve liveSolve;
    private final ManualChanges edits = new ManualChanges(this);
    private final Absences absences = new Absences(); // marked in the app: every solve plans around them
    private WorkingPlan working;
    private List<ScheduleEntry> published = List.of(); // fed to the soft rule "Changes from the published plan"

    public PlanViewModel(PlanningService planning, Executor background, Executor fxThread) {
        this.planning = planning;
        this.siteLoad = new SiteLoad(this, background, fxThread);
        this.liveScore = new LiveScore(planning, background, fxThread);
        this.liveSolve = new LiveSolve(planning, background, fxThread);
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
        published = List.copyOf(rows);
    }

    public Absences absences() {
        return absences;
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
        published = List.of();
        planning.cancel();
        liveScore.forget();
        working = null;
        pins.clear();
        placedWhileSolving.clear();
        history.clear();
        dirty.set(false);
        score.set(null);
        coverage.set(Coverage.NONE);
        run.reset(SolverState.NO_PLAN);
        calendar.resetDays();
        refresh();
    }

    public PlanningProblem problem() {
        Site s = site.get();
        Horizon horizon = horizon();
        SolveSettings chosen = settings.get();
        return new PlanningProblem(
                s.rooms(),
                s.shifts(),
                absences.apply(s.operators()),
                s.demand().resolve(horizon, s.shiftsByCode()),
                horizon,
                chosen.remoteEmployers(),
                chosen.sanitizeMinutes(),
                published,
                List.copyOf(pins.values()));
    }

    /** Solves on the background executor; the map follows the best plan at most five times a second. */
    public void solve() {
        if (site.get() == null || horizon() == null || run.solving()) {
            return;
        }
        PlanningProblem problem = problem();
        Duration limit = settings.get().timeLimit();
        placedWhileSolving.clear();
        Object token = run.start();
        liveSolve.start(
                problem,
                entries(), // warm start from the plan on screen
                limit,
                Set.copyOf(pins.keySet()),
                (solved, solvedScore, last, kept) -> showSolved(token, solved, solvedScore, last, kept),
                failure -> run.failed(token, failure));
    }

    private void showSolved(
            Object token, WorkingPlan solved, HardMediumSoftScore solvedScore, boolean last, boolean kept) {
        if (!run.current(token)) {
            return;
        }
        working = solved;
        liveScore.forget();
        dirty.set(true);
        // The planner's edits stay undoable: commands hold operator-days and placements, not entities,
        // so they apply to any plan. An edit made after the solver took this snapshot is put back on it,
        // and so is an undo, which unpins and so never reaches the solver. Either way the plan changed
        // after the score the snapshot came with: it is rescored (off the FX thread, by the live score).
        boolean pinsKept = working.keepPinned(pins);
        boolean placedKept = working.keep(placedWhileSolving);
        tick();
        if (last) {
            placedWhileSolving.clear();
            run.finished(kept);
        }
        show(solvedScore);
        if (pinsKept || placedKept) {
            changed();
        }
    }

    /** Stop keeps the best plan so far: the solve returns it and it is shown as the last update. */
    public void stop() {
        if (run.stop()) {
            planning.cancel();
        }
    }

    /** Moves the progress on while solving; the view calls it a few times a second. */
    public void tick() {
        run.tick(settings.get().timeLimit());
    }

    public double elapsedSeconds() {
        return run.seconds();
    }

    // ----- manual changes (ManualChanges): each is one command that pins what it changed

    /** Puts an operator at a desk of the shown room in the shown shift; an occupant there swaps places. */
    public boolean moveToDesk(String operatorId, DeskId desk) {
        return edits.moveToDesk(operatorId, desk);
    }

    public boolean moveToRemote(String operatorId) {
        return edits.moveToRemote(operatorId);
    }

    /** The operator takes the shown date off. */
    public boolean sendHome(String operatorId) {
        return edits.sendHome(operatorId);
    }

    public boolean togglePin(String operatorId) {
        return edits.togglePin(operatorId);
    }

    public boolean isPinned(String operatorId) {
        return dayProperty().get() != null && pins.containsKey(new OperatorDay(operatorId, day.get()));
    }

    WorkingPlan working() {
        return working;
    }

    Map<OperatorDay, Pin> pinned() {
        return pins;
    }

    UndoHistory history() {
        return history;
    }

    public boolean undo() {
        return history.undo();
    }

    public boolean redo() {
        return history.redo();
    }

    @Override
    public void place(OperatorDay target, Placement placement, boolean pinned) {
        dirty.set(true);
        working.set(target, placement);
        if (run.solving() || stateProperty().get() == SolverState.STOPPING) {
            placedWhileSolving.put(target, placement);
        }
        var pin = placement.pin(target.operatorId(), target.date());
        if (pinned) {
            pins.put(target, pin);
            liveSolve.pin(pin); // a running solve goes on from the pinned decision
        } else {
            pins.remove(target);
        }
    }

    /**
     * Redraws the shown shift and its coverage at once; the score follows from the background executor
     * ({@link LiveScore}: a burst of changes is scored once, on the newest plan).
     */
    @Override
    public void changed() {
        long started = System.nanoTime();
        show(score.get());
        if (working != null) {
            liveScore.rescore(working.plan(), score::set);
        }
        lastUpdateMicros.set((System.nanoTime() - started) / 1000);
    }

    /**
     * The score of the plan on screen as it is now, for a save: the live score, or a full scoring here
     * while the newest change's score is still on its way. Call on the FX thread.
     */
    public HardMediumSoftScore settledScore() {
        if (working == null || !liveScore.pending()) {
            return score.get();
        }
        return planning.score(PlanFactory.snapshot(working.plan()));
    }

    private void show(HardMediumSoftScore now) {
        score.set(now);
        coverage.set(working == null ? Coverage.NONE : working.coverage());
        refresh();
        revision.set(revision.get() + 1);
    }

    /**
     * The rules the shown plan breaks, with who, where and when; null without a plan. Call on the FX thread:
     * it copies the plan there and returns the full scoring, which may then run on any thread.
     */
    public Supplier<ScoreReport> explainer() {
        if (working == null) {
            return () -> null;
        }
        Plan copy = PlanFactory.snapshot(working.plan());
        return () -> planning.explain(copy);
    }

    public List<Pin> pins() {
        return List.copyOf(pins.values());
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
        saved.forEach(pin -> pins.put(new OperatorDay(pin.operatorId(), pin.date()), pin));
        working = new WorkingPlan(new PlanFactory(problem()), rows, Set.copyOf(pins.keySet()));
        run.reset(SolverState.STOPPED);
        changed();
        dirty.set(false);
    }

    /** The plan on screen is now saved (or knowingly discarded): nothing to ask about before it goes. */
    public void markSaved() {
        dirty.set(false);
    }

    /** The plan on screen came from no store (an autosaved draft put back): keep asking before it goes. */
    public void markUnsaved() {
        dirty.set(working != null);
    }

    /** True while the plan on screen has changes no store holds: manual edits, pins, a solve. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    private void refresh() {
        ShownShift now = working == null || day.get() == null || shift.get() == null
                ? ShownShift.EMPTY
                : working.shown(room.get(), day.get(), shift.get(), pins.keySet());
        shown.set(now);
        remote.setAll(now.remote());
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
        return run.failure();
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
        return shown.getReadOnlyProperty();
    }

    public ObservableList<RemoteWorker> remote() {
        return remote;
    }

    public ReadOnlyObjectProperty<HardMediumSoftScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Coverage> coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SolverState> stateProperty() {
        return run.state();
    }

    public ReadOnlyDoubleProperty solveProgressProperty() {
        return run.progress();
    }

    /** How long the last manual change took on the FX thread (redraw, copy to rescore), in microseconds. */
    public ReadOnlyLongProperty lastUpdateMicrosProperty() {
        return lastUpdateMicros.getReadOnlyProperty();
    }

    /** Moves on with every plan shown or changed: panels that summarise the plan refresh on it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }
}
