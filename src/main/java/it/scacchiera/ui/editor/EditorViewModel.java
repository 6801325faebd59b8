package it.scacchiera.ui.editor;

import it.scacchiera.floorplan.Capacity;
import it.scacchiera.floorplan.CapacityResult;
import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.floorplan.FloorWriter;
import it.scacchiera.input.InputException;
import it.scacchiera.ui.common.EditCommand;
import it.scacchiera.ui.common.Failures;
import it.scacchiera.ui.common.UndoHistory;
import it.scacchiera.ui.floormap.MapCell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.beans.property.*;
import javafx.concurrent.Task;

/**
 * The floorplan editor: a draft room changed by undoable commands; after each change the room is
 * re-read, and its exact capacity recomputed in the background once the user pauses (debounced).
 */
public final class EditorViewModel {
    static final Duration CAPACITY_TIME_LIMIT = Duration.ofSeconds(3);

    private final FloorReader reader;
    private final FloorWriter writer;
    private final Executor background;
    private final PauseTransition debounce;
    private final UndoHistory history = new UndoHistory();
    private final ReadOnlyStringWrapper roomId = new ReadOnlyStringWrapper(this, "roomId", "");
    private final Map<HeaderField, ReadOnlyStringWrapper> header = new EnumMap<>(HeaderField.class);
    private final ReadOnlyObjectWrapper<ConflictGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ReadOnlyObjectWrapper<CapacityResult> capacity = new ReadOnlyObjectWrapper<>(this, "capacity");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ObjectProperty<CellKind> brush = new SimpleObjectProperty<>(this, "brush", CellKind.DESK);
    private FloorDraft draft;
    private Path site;
    private PaintCells stroke;
    private Task<CapacityResult> capacityTask;
    private Consumer<Floor> onSaved = floor -> {};
    private Predicate<Path> confirmReplace = file -> false; // the view asks the planner
    private RoomFile file; // where the draft came from, as the editor last saw it

    /** @param debounce how long the user must pause before the capacity is recomputed */
    public EditorViewModel(FloorReader reader, FloorWriter writer, Executor background, Duration debounce) {
        this.reader = reader;
        this.writer = writer;
        this.background = background;
        this.debounce = new PauseTransition(javafx.util.Duration.millis(debounce.toMillis()));
        this.debounce.setOnFinished(event -> computeCapacity());
        for (HeaderField field : HeaderField.values()) {
            header.put(field, new ReadOnlyStringWrapper(this, field.key(), ""));
        }
    }

    /** Edits a copy of a room; saving writes {@code <site>/<id>.floor}. */
    public void open(Floor floor, Path site) {
        this.draft = new FloorDraft(floor);
        this.site = site;
        Path path = folder().resolve(floor.id() + ".floor");
        try {
            this.file = RoomFile.read(path);
        } catch (IOException e) {
            this.file = RoomFile.unseen(path); // unreadable now: saving will ask before replacing it
        }
        history.clear();
        roomId.set(floor.id());
        changed();
        modified.set(false);
    }

    /** Starts a new walled room with an id no file of the site uses yet. */
    public void newRoom(Path site) {
        Path folder = site == null ? Path.of(".") : site;
        String id = "room-1";
        for (int n = 2; Files.exists(folder.resolve(id + ".floor")); n++) {
            id = "room-" + n;
        }
        List<String> grid = new ArrayList<>();
        grid.add("#".repeat(16));
        for (int r = 0; r < 8; r++) {
            grid.add("#" + ".".repeat(14) + "#");
        }
        grid.add("#".repeat(16));
        open(new Floor(id, id, List.of(), CellSize.DEFAULT, DistanceRule.CHECKERBOARD, Floor.NO_LIMIT, grid), site);
        file = RoomFile.unseen(folder.resolve(id + ".floor"));
        modified.set(true);
    }

    /** Paints the brush onto a cell, as part of the current stroke. */
    public void paint(MapCell cell) {
        if (draft == null || cell.row() >= draft.rows() || cell.column() >= draft.columns()) {
            return;
        }
        if (stroke == null) {
            stroke = new PaintCells(draft);
        }
        if (stroke.paint(cell.row(), cell.column(), brush.get().symbol())) {
            changed();
        }
    }

    /** Ends a stroke: it becomes one step of undo. */
    public void endStroke() {
        if (stroke != null && !stroke.isEmpty()) {
            history.record(stroke);
        }
        stroke = null;
    }

    public void setHeader(HeaderField field, String value) {
        if (draft != null && !draft.header(field).equals(value)) {
            apply(new SetHeader(draft, field, draft.header(field), value));
        }
    }

    public void addRow() {
        if (draft != null) {
            apply(new ResizeGrid(draft, draft.rows(), draft.columns(), draft.rows() + 1, draft.columns()));
        }
    }

    public void addColumn() {
        if (draft != null) {
            apply(new ResizeGrid(draft, draft.rows(), draft.columns(), draft.rows(), draft.columns() + 1));
        }
    }

    public void undo() {
        endStroke();
        if (history.undo()) {
            changed();
        }
    }

    public void redo() {
        if (history.redo()) {
            changed();
        }
    }

    /**
     * Writes the room atomically to {@code <site>/<id>.floor}; a room the reader would refuse is not
     * written, and a file that changed on disk, or that this editor did not read or write, is replaced
     * only when the planner confirms.
     */
    public void save() {
        if (draft == null) {
            return;
        }
        try {
            Floor floor = draft.toFloor(reader);
            Path target = folder().resolve(floor.id() + ".floor");
            RoomFile known = file != null && file.path().equals(target) ? file : RoomFile.unseen(target);
            if (!known.safeToReplace() && !confirmReplace.test(target)) {
                return; // the planner kept the file on disk; the draft stays modified, nothing is lost
            }
            write(floor, target);
        } catch (Exception e) { // bad input or a failed write: shown, never swallowed
            problem.set(Failures.describe(e));
        }
    }

    /** Save as…: the planner chose the file (and agreed to replace it in the chooser). */
    public void saveAs(Path target) {
        if (draft == null) {
            return;
        }
        try {
            write(draft.toFloor(reader), target);
        } catch (Exception e) { // bad input or a failed write: shown, never swallowed
            problem.set(Failures.describe(e));
        }
    }

    private void write(Floor floor, Path target) throws IOException, InputException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        writer.write(floor, target);
        file = RoomFile.read(target);
        modified.set(false);
        problem.set("");
        // the room list shows the site's rooms: a copy saved elsewhere is not one of them
        if (target.toAbsolutePath().getParent().equals(folder().toAbsolutePath())) {
            onSaved.accept(reader.read(target));
        }
    }

    private Path folder() {
        return site == null ? Path.of(".") : site;
    }

    /** Asked before replacing a room file that changed on disk or that this editor did not write. */
    public void setConfirmReplace(Predicate<Path> confirm) {
        this.confirmReplace = confirm;
    }

    /** Stops a pending or running capacity search: the window is closing. */
    public void close() {
        debounce.stop();
        if (capacityTask != null) {
            capacityTask.cancel();
        }
    }

    public void setOnSaved(Consumer<Floor> onSaved) {
        this.onSaved = onSaved;
    }

    private void apply(EditCommand command) {
        endStroke();
        command.execute();
        history.record(command);
        changed();
    }

    /** Re-reads the draft at once (cheap), and schedules the capacity search for when the user pauses. */
    private void changed() {
        modified.set(true);
        header.forEach((field, value) -> value.set(draft.header(field)));
        try {
            graph.set(ConflictGraph.of(draft.toFloor(reader)));
            problem.set("");
            debounce.playFromStart();
        } catch (InputException e) {
            problem.set(e.getMessage());
            debounce.stop();
        }
    }

    private void computeCapacity() {
        if (capacityTask != null) {
            capacityTask.cancel();
        }
        ConflictGraph room = graph.get();
        Task<CapacityResult> task = new Task<>() {
            @Override
            protected CapacityResult call() {
                return Capacity.compute(room, CAPACITY_TIME_LIMIT);
            }
        };
        capacityTask = task;
        computing.set(true);
        task.setOnSucceeded(event -> {
            if (capacityTask == task) { // a late result of an older draft must not overwrite a newer one
                capacity.set(task.getValue());
                computing.set(false);
            }
        });
        task.setOnFailed(event -> {
            problem.set(Failures.describe(task.getException()));
            computing.set(false);
        });
        background.execute(task);
    }

    public ReadOnlyStringProperty roomIdProperty() {
        return roomId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headerProperty(HeaderField field) {
        return header.get(field).getReadOnlyProperty();
    }
    /** The draft's room as last read successfully; stays on the last good one while the header is wrong. */
    public ReadOnlyObjectProperty<ConflictGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CapacityResult> capacityProperty() {
        return capacity.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }
    /** The reader's complaint about the draft, with line and column; empty when it reads. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public ObjectProperty<CellKind> brushProperty() {
        return brush;
    }
}
