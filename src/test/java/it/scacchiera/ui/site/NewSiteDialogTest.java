package it.scacchiera.ui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.site.SiteCreator;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class NewSiteDialogTest extends FxTest {
    private static final Path SAMPLE = Path.of("floorplans");

    @TempDir
    Path dir;

    private Stage stage;
    private NewSiteDialog dialog;
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    private void open(FxRobot robot, Path operators) {
        robot.interact(() -> {
            dialog = new NewSiteDialog(stage, Bundles.load(Bundles.ENGLISH));
            dialog.fill(
                    List.of(SAMPLE.resolve("sala-roma.floor")),
                    SAMPLE.resolve("shifts.csv"),
                    operators,
                    SAMPLE.resolve("demand.csv"),
                    dir,
                    "roma");
            dialog.show(new SiteCreator(), Runnable::run, Platform::runLater, opened::add);
        });
    }

    @Test
    void create_goodFiles_opensTheNewFolder(FxRobot robot) throws Exception {
        open(robot, SAMPLE.resolve("operators.csv"));

        robot.interact(() -> ((Button) dialog.dialog().getDialogPane().lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opened.isEmpty());

        assertEquals(List.of(dir.resolve("roma")), opened);
        assertTrue(Files.exists(dir.resolve("roma").resolve("sala-roma.floor")));
        assertFalse(dialog.dialog().isShowing());
    }

    @Test
    void create_badOperators_listsTheProblemWithItsPositionAndCopiesNothing(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("operators.csv"), "id,name,skills,remote\nOP1,Anna,COMM,maybe\n");
        open(robot, bad);

        robot.interact(() -> ((Button) dialog.dialog().getDialogPane().lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.problems().isEmpty());

        assertTrue(
                dialog.problems().get(0).startsWith("operators.csv:2:"),
                dialog.problems().toString());
        assertTrue(opened.isEmpty());
        assertFalse(Files.exists(dir.resolve("roma")));
        robot.interact(() -> dialog.dialog().close());
    }
}
