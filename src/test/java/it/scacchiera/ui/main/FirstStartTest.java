package it.scacchiera.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.App;
import it.scacchiera.BuildInfo;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A first start with no site: the sample opens behind a welcome; the menus carry New site… and Help. */
class FirstStartTest extends FxTest {
    @TempDir
    Path dir;

    private App app;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new App(dir.resolve("data"));
        window = new MainWindow(app, stage, Locale.ENGLISH);
        Platform.runLater(() -> window.show(null)); // the welcome is a dialog: not from inside start()
    }

    @AfterEach
    void closeApp(FxRobot robot) {
        robot.interact(window::close);
        app.close();
    }

    @Test
    void show_noSiteEver_opensACopyOfTheSampleBehindAWelcome(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Explore the sample")
                .tryQuery()
                .isPresent());
        TableView<?> rooms = robot.lookup(".rooms").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rooms.getItems().size() == 5);

        robot.interact(
                () -> robot.lookup("Explore the sample").queryAs(Button.class).fire());

        assertTrue(Files.isRegularFile(dir.resolve("data/sample/sala-roma.floor")), "the sample is a copy");
        assertEquals("Scacchiera — sample", stage.getTitle());
        assertTrue(robot.lookup("Explore the sample").tryQuery().isEmpty(), "the welcome is closed");
    }

    @Test
    void menus_newSiteAndHelp_areInstalled(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Explore the sample")
                .tryQuery()
                .isPresent());
        robot.interact(
                () -> robot.lookup("Explore the sample").queryAs(Button.class).fire());

        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        Menu help = bar.getMenus().get(bar.getMenus().size() - 1);

        assertEquals("newSiteItem", file.getItems().get(1).getId());
        assertEquals("helpMenu", help.getId());
        assertEquals(4, help.getItems().size()); // contents, keys, file formats, about
        var about = WaitForAsyncUtils.asyncFx(() -> new AppMenus(
                                it.scacchiera.ui.common.Bundles.load(Locale.ITALIAN), stage, () -> {}, link -> {})
                        .about()
                        .getHeaderText())
                .get();
        assertNotNull(about);
        assertEquals("Scacchiera " + BuildInfo.read().version(), about);
    }
}
