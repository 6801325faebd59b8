package it.scacchiera.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.persistence.DatabaseChoice;
import it.scacchiera.persistence.DatabaseSettings;
import it.scacchiera.persistence.PlanDatabase;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A shared server whose password was not remembered: the panel asks for it when the server refuses. */
class DatabasePasswordTest extends FxTest {
    @TempDir
    static Path dir;

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:1/app?connectTimeout=2";

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private PlanDatabase database;

    @Start
    void start(Stage stage) {
        var settings = new DatabaseSettings(dir.resolve("database.properties"));
        database = new PlanDatabase(new DatabaseChoice(SERVER, "planner", ""), settings);
        var model = new PlansViewModel(database, PlansViewModelTest.ROMA, background, Platform::runLater);
        stage.setScene(new Scene(PlansView.load(model, Bundles.load(Bundles.ENGLISH)), 800, 400));
        stage.show();
    }

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        database.close();
    }

    @Test
    void open_serverWithoutRememberedPassword_refusedThenTheDialogAsksForThePassword(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".database-password")
                .tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        TextField url = robot.lookup(".database-url").query();
        PasswordField password = robot.lookup(".database-password").query();
        CheckBox remember = robot.lookup(".database-remember").query();
        assertEquals(SERVER, url.getText());
        assertEquals("", password.getText());
        assertTrue(
                remember.getText().contains(dir.resolve("database.properties").toString()), remember.getText());
        assertTrue(!remember.isSelected() && !remember.isDisabled(), "offered, not ticked");
        robot.interact(() -> ((Stage) password.getScene().getWindow()).close()); // no window left to others
    }
}
