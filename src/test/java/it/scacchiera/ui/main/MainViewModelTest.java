package it.scacchiera.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.floorplan.FloorReader;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.Rooms;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.floormap.DeskLook;
import it.scacchiera.ui.floormap.MapCell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class MainViewModelTest extends FxTest {
    private static final ResourceBundle ENGLISH = Bundles.load(Bundles.ENGLISH);

    @TempDir
    Path dir;

    /** Holds the tasks instead of running them, so a test decides when (and whether) they run. */
    private final List<Runnable> queued = new ArrayList<>();

    private final MainViewModel model = new MainViewModel(new FloorReader(), queued::add, () -> ENGLISH);

    @Test
    void openSite_badFloorFile_statusNamesFileLineAndColumn(FxRobot robot) throws Exception {
        Rooms.site(dir);
        Files.writeString(dir.resolve("sala-tre.floor"), "name: Sala Tre\ngrid:\n#Q#\n");
        robot.interact(() -> model.openSite(dir));

        queued.get(0).run();

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents(); // the failure handler clears busy first, then sets the status
        assertTrue(
                model.statusProperty().get().contains("sala-tre.floor:3:2:"),
                model.statusProperty().get());
        assertTrue(model.rooms().isEmpty());
    }

    @Test
    void cancel_beforeTheTaskRuns_reportsCancelledAndLoadsNothing(FxRobot robot) throws Exception {
        Path site = Rooms.site(dir);
        robot.interact(() -> model.openSite(site));
        assertTrue(model.busyProperty().get());

        robot.interact(model::cancel);
        queued.get(0).run();

        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.busyProperty().get());
        assertEquals("Cancelled", model.statusProperty().get());
        assertTrue(model.rooms().isEmpty());
    }

    @Test
    void openSite_smallSite_selectsTheFirstRoomAndDescribesADesk(FxRobot robot) throws Exception {
        Path site = Rooms.site(dir);
        robot.interact(() -> model.openSite(site));
        queued.get(0).run();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.rooms().size() == 2);

        robot.interact(() -> model.selectedCellProperty().set(MapCell.of(DeskId.parse("B2"))));

        assertEquals("sala-due", model.selectedRoomProperty().get().floor().id());
        DeskDetails details = model.deskDetailsProperty().get();
        assertEquals(DeskLook.FREE, details.look());
        assertEquals(List.of(DeskId.parse("B3"), DeskId.parse("C2")), details.conflicts());
        assertEquals(
                "2 rooms loaded from " + dir.getFileName(),
                model.statusProperty().get());
    }

    @Test
    void reword_afterABundleMessage_saysItInTheNewLanguage() {
        ResourceBundle[] language = {ENGLISH};
        var model = new MainViewModel(new FloorReader(), queued::add, () -> language[0]);
        model.tell("load.done", 1120, "sample");

        language[0] = Bundles.load(Bundles.ITALIAN);
        model.reword();

        assertEquals("1.120 sale caricate da sample", model.statusProperty().get());
    }
}
