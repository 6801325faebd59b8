package it.scacchiera.ui.main;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.ui.common.Failures;
import it.scacchiera.ui.common.Messages;
import it.scacchiera.ui.floormap.DeskLook;
import it.scacchiera.ui.floormap.DeskPair;
import it.scacchiera.ui.floormap.MapCell;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.concurrent.Task;

/**
 * The main window's state: the open site, its rooms, the selected room and desk, and the status line.
 * Phase 2 fills {@link #occupants()} and {@link #conflicts()} from the plan of the chosen date and shift.
 */
public final class MainViewModel {
    private final FloorReader reader;
    private final Executor background;
    private final Supplier<ResourceBundle> bundle;
    private final ReadOnlyObjectWrapper<Path> site = new ReadOnlyObjectWrapper<>(this, "site");
    private final ReadOnlyStringWrapper siteName = new ReadOnlyStringWrapper(this, "siteName", "");
    private final ObservableList<RoomSummary> rooms = FXCollections.observableArrayList();
    private final ObjectProperty<RoomSummary> selectedRoom = new SimpleObjectProperty<>(this, "selectedRoom");
    private final ObjectProperty<MapCell> selectedCell = new SimpleObjectProperty<>(this, "selectedCell");
    private final ReadOnlyObjectWrapper<DeskDetails> deskDetails = new ReadOnlyObjectWrapper<>(this, "deskDetails");
    private final ObservableMap<DeskId, String> occupants = FXCollections.observableHashMap();
    private final ObservableList<DeskPair> conflicts = FXCollections.observableArrayList();
    private final BooleanProperty showPattern = new SimpleBooleanProperty(this, "showPattern");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Task<?> running;
    /** The status line's bundle key and arguments, so that it can be said again in another language; null when said as text. */
    private Wording said;

    private record Wording(String key, Object[] arguments) {}

    public MainViewModel(FloorReader reader, Executor background, Supplier<ResourceBundle> bundle) {
        this.reader = reader;
        this.background = background;
        this.bundle = bundle;
        selectedRoom.addListener((o, before, after) -> {
            selectedCell.set(null);
            occupants.clear();
            conflicts.clear();
        });
        selectedCell.addListener((o, before, after) -> deskDetails.set(detailsOf(after)));
        // a plan shown or changed under the selected desk changes what the details say about it
        occupants.addListener((javafx.collections.MapChangeListener<DeskId, String>)
                change -> deskDetails.set(detailsOf(selectedCell.get())));
    }

    /** Opens a site folder: the window's title shows its name; rooms load in the background. */
    public void openSite(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        site.set(absolute);
        siteName.set(
                absolute.getFileName() == null
                        ? absolute.toString()
                        : absolute.getFileName().toString());
        reload();
    }

    public void reload() {
        if (site.get() == null) {
            return;
        }
        String keep =
                selectedRoom.get() == null ? null : selectedRoom.get().floor().id();
        run(new LoadSiteTask(reader, site.get(), bundle.get()), loaded -> {
            rooms.setAll(loaded);
            // The room shown before a reload stays shown; a fresh site opens on its first room.
            selectedRoom.set(loaded.stream()
                    .filter(room -> room.floor().id().equals(keep))
                    .findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0)));
            tell("load.done", loaded.size(), siteName.get());
        });
    }

    /** A room saved by the editor replaces its old version (or joins the list) once its capacity is known. */
    public void roomSaved(Floor floor) {
        run(
                new Task<RoomSummary>() {
                    @Override
                    protected RoomSummary call() {
                        updateMessage(MessageFormat.format(bundle.get().getString("load.capacity"), floor.name()));
                        return RoomAnalysis.of(floor);
                    }
                },
                summary -> {
                    boolean selected = selectedRoom.get() != null
                            && selectedRoom.get().floor().id().equals(floor.id());
                    rooms.removeIf(room -> room.floor().id().equals(floor.id()));
                    rooms.add(summary);
                    rooms.sort((a, b) -> a.floor().id().compareTo(b.floor().id()));
                    if (selected) {
                        selectedRoom.set(summary);
                    }
                    tell("editor.saved", floor.id());
                });
    }

    /** A line for the status bar from another part of the window (an export written, a failure). */
    public void say(String message) {
        said = null;
        status.set(message);
    }

    /** A line for the status bar from the bundle: it follows the window into another language. */
    public void tell(String key, Object... arguments) {
        said = new Wording(key, arguments.clone());
        status.set(Messages.format(bundle.get(), key, arguments));
    }

    /**
     * The window now speaks another language: the status line is said again in it, or, when it was given
     * as finished text, cleared rather than left in the old language.
     */
    public void reword() {
        if (said != null) {
            status.set(Messages.format(bundle.get(), said.key(), said.arguments()));
        } else {
            status.set("");
        }
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private <T> void run(Task<T> task, Consumer<T> done) {
        cancel();
        running = task;
        busy.set(true);
        task.messageProperty().addListener((o, before, after) -> say(after));
        task.progressProperty().addListener((o, before, after) -> progress.set(after.doubleValue()));
        task.setOnSucceeded(event -> finish(task, () -> done.accept(task.getValue())));
        task.setOnFailed(event -> finish(task, () -> tell("status.failed", Failures.describe(task.getException()))));
        task.setOnCancelled(event -> finish(task, () -> tell("status.cancelled")));
        background.execute(task);
    }

    private void finish(Task<?> task, Runnable then) {
        if (running == task) { // an older, replaced task must not clear the newer one's progress
            running = null;
            busy.set(false);
            progress.set(0);
        }
        then.run();
    }

    /** What the details pane and the tooltip say about a cell of the selected room; null for none. */
    public DeskDetails detailsOf(MapCell cell) {
        RoomSummary room = selectedRoom.get();
        if (cell == null || room == null) {
            return null;
        }
        ConflictGraph graph = room.graph();
        DeskId id = cell.deskId();
        int index = graph.indexOf(id);
        List<DeskId> near = index < 0
                ? List.of()
                : Arrays.stream(graph.neighbours(index))
                        .mapToObj(n -> graph.seat(n).id())
                        .sorted()
                        .toList();
        return new DeskDetails(id, graph.floor().kind(id), DeskLook.of(graph, id, occupants), near);
    }

    public ReadOnlyObjectProperty<Path> siteProperty() {
        return site.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty siteNameProperty() {
        return siteName.getReadOnlyProperty();
    }

    public ObservableList<RoomSummary> rooms() {
        return rooms;
    }

    public ObjectProperty<RoomSummary> selectedRoomProperty() {
        return selectedRoom;
    }

    public ObjectProperty<MapCell> selectedCellProperty() {
        return selectedCell;
    }

    public ReadOnlyObjectProperty<DeskDetails> deskDetailsProperty() {
        return deskDetails.getReadOnlyProperty();
    }

    /** Who sits where in the shown shift, as initials per desk; empty until a plan is shown. */
    public ObservableMap<DeskId, String> occupants() {
        return occupants;
    }

    /** Desk pairs the shown plan occupies in breach of the distancing rule. */
    public ObservableList<DeskPair> conflicts() {
        return conflicts;
    }

    public BooleanProperty showPatternProperty() {
        return showPattern;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
