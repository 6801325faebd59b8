package it.scacchiera.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.floorplan.FloorWriter;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.Rooms;
import it.scacchiera.ui.floormap.MapCell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's model on the FX thread (its debounce is an animation), tasks run where they are handed. */
class EditorViewModelTest extends FxTest {
    @TempDir
    Path site;

    private final List<Floor> saved = new ArrayList<>();
    private EditorViewModel model;
    private Floor uno;

    private void open(FxRobot robot) throws Exception {
        uno = new FloorReader().read("sala-uno.floor", Rooms.UNO);
        robot.interact(() -> {
            model = new EditorViewModel(new FloorReader(), new FloorWriter(), Runnable::run, Duration.ofMillis(10));
            model.setOnSaved(saved::add);
            model.open(uno, site);
        });
    }

    private int capacity() {
        return model.capacityProperty().get() == null
                ? -1
                : model.capacityProperty().get().capacity();
    }

    @Test
    void open_room_isUnmodifiedAndGetsItsCapacity(FxRobot robot) throws Exception {
        open(robot);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> capacity() == 2);

        assertFalse(model.modifiedProperty().get());
        assertFalse(model.canUndoProperty().get());
        assertEquals("Sala Uno", model.headerProperty(HeaderField.NAME).get());
    }

    @Test
    void paint_strokeOverThreeCells_isOneUndoStep(FxRobot robot) throws Exception {
        open(robot);

        robot.interact(() -> {
            model.brushProperty().set(CellKind.WALL);
            model.paint(new MapCell(2, 1));
            model.paint(new MapCell(2, 2));
            model.paint(new MapCell(2, 3));
            model.endStroke();
            model.undo();
        });

        assertEquals(uno, model.graphProperty().get().floor());
        assertFalse(model.canUndoProperty().get());
        assertTrue(model.canRedoProperty().get());
    }

    @Test
    void redo_afterUndo_paintsAgain(FxRobot robot) throws Exception {
        open(robot);

        robot.interact(() -> {
            model.paint(new MapCell(1, 5));
            model.endStroke();
            model.undo();
            model.redo();
        });

        assertEquals(CellKind.DESK, model.graphProperty().get().floor().kind(1, 5));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> capacity() == 3);
    }

    @Test
    void paint_outsideTheGrid_isIgnored(FxRobot robot) throws Exception {
        open(robot);

        robot.interact(() -> {
            model.paint(new MapCell(40, 40));
            model.endStroke();
        });

        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void setHeader_badDistance_keepsTheLastGoodRoomAndNamesThePosition(FxRobot robot) throws Exception {
        open(robot);

        robot.interact(() -> model.setHeader(HeaderField.DISTANCE, "far"));

        assertTrue(
                model.problemProperty().get().startsWith("sala-uno.floor:3:11:"),
                model.problemProperty().get());
        assertEquals(uno, model.graphProperty().get().floor());
    }

    @Test
    void setHeader_maxOccupancyOne_capsTheCapacity(FxRobot robot) throws Exception {
        open(robot);

        robot.interact(() -> model.setHeader(HeaderField.MAX_OCCUPANCY, "1"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> capacity() == 1);
        assertEquals(1, model.graphProperty().get().floor().maxOccupancy());
    }

    @Test
    void save_badDraft_writesNothing(FxRobot robot) throws Exception {
        open(robot);

        robot.interact(() -> {
            model.setHeader(HeaderField.NAME, "");
            model.save();
        });

        assertFalse(Files.exists(site.resolve("sala-uno.floor")));
        assertTrue(saved.isEmpty());
        assertFalse(model.problemProperty().get().isEmpty());
    }

    @Test
    void addRowAndColumn_thenPaintInThem_savesTheBiggerRoom(FxRobot robot) throws Exception {
        open(robot);

        robot.interact(() -> {
            model.addRow();
            model.addColumn();
            model.brushProperty().set(CellKind.WALL);
            model.paint(new MapCell(4, 7));
            model.endStroke();
            model.save();
        });

        Floor written = new FloorReader().read(site.resolve("sala-uno.floor"));
        assertEquals("       #", written.grid().get(4));
        assertEquals(List.of(written), saved);
        assertFalse(model.modifiedProperty().get());
    }

    @Test
    void newRoom_siteWithRoomOne_takesTheNextFreeId(FxRobot robot) throws Exception {
        open(robot);
        Files.writeString(site.resolve("room-1.floor"), Rooms.UNO);

        robot.interact(() -> model.newRoom(site));

        assertEquals("room-2", model.roomIdProperty().get());
        assertTrue(model.modifiedProperty().get());
        assertEquals("", model.problemProperty().get());
    }

    private final List<Path> asked = new ArrayList<>();

    private void paintAndSave(FxRobot robot, boolean replace) {
        robot.interact(() -> {
            model.setConfirmReplace(file -> asked.add(file) && replace);
            model.brushProperty().set(CellKind.WALL);
            model.paint(new MapCell(1, 1));
            model.endStroke();
            model.save();
        });
    }

    @Test
    void save_fileChangedOnDiskSinceOpenAndPlannerRefuses_fileKeptDraftStillModified(FxRobot robot) throws Exception {
        open(robot);
        Files.writeString(site.resolve("sala-uno.floor"), "someone else's room");

        paintAndSave(robot, false);

        assertEquals(List.of(site.resolve("sala-uno.floor")), asked);
        assertEquals("someone else's room", Files.readString(site.resolve("sala-uno.floor")));
        assertTrue(model.modifiedProperty().get());
        assertTrue(saved.isEmpty());
    }

    @Test
    void save_fileChangedOnDiskAndPlannerConfirms_replaced(FxRobot robot) throws Exception {
        open(robot);
        Files.writeString(site.resolve("sala-uno.floor"), "someone else's room");

        paintAndSave(robot, true);

        assertEquals(1, asked.size());
        assertEquals(model.graphProperty().get().floor(), new FloorReader().read(site.resolve("sala-uno.floor")));
    }

    @Test
    void save_twiceOverItsOwnFile_neverAsks(FxRobot robot) throws Exception {
        open(robot);

        paintAndSave(robot, false);
        paintAndSave(robot, false);

        assertEquals(List.of(), asked);
        assertFalse(model.modifiedProperty().get());
    }

    @Test
    void saveAs_fileOutsideTheSite_writtenThereAndNotListedAsARoomOfTheSite(FxRobot robot) throws Exception {
        open(robot);
        Path elsewhere = Files.createDirectories(site.resolve("copies")).resolve("sala-uno.floor");

        robot.interact(() -> model.saveAs(elsewhere));

        assertEquals(uno, new FloorReader().read(elsewhere));
        assertTrue(saved.isEmpty());
        assertFalse(model.modifiedProperty().get());
    }
}
