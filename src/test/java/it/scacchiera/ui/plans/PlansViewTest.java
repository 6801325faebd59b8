package it.scacchiera.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.persistence.DatabaseChoice;
import it.scacchiera.persistence.DatabaseSettings;
import it.scacchiera.persistence.Databases;
import it.scacchiera.persistence.JdbcPlanStore;
import it.scacchiera.persistence.PlanDatabase;
import it.scacchiera.persistence.PlanStatus;
import it.scacchiera.persistence.PlanSummary;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panel on a real H2 file, its database work on a real background thread. */
class PlansViewTest extends FxTest {
    @TempDir
    static Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private PlansViewModel model;
    private Path file;
    private DatabaseSettings settings;
    private PlanDatabase database;

    @Start
    void start(Stage stage) {
        file = dir.resolve("plans-" + System.nanoTime());
        settings = new DatabaseSettings(dir.resolve("settings-" + System.nanoTime()));
        database = new PlanDatabase(DatabaseChoice.h2(file), settings);
        model = new PlansViewModel(database, PlansViewModelTest.ROMA, background, Platform::runLater);
        model.setCurrentContent(() -> PlansViewModelTest.content("week 48"));
        stage.setScene(new Scene(PlansView.load(model, Bundles.load(Bundles.ENGLISH)), 800, 400));
        stage.show();
        stage.toFront(); // a window another test class left open must not take our clicks
    }

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        database.close();
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves the plan on screen with the button and waits until the table lists it. */
    private void saveDraft(FxRobot robot) throws Exception {
        waitIdle();
        robot.clickOn("Save as draft");
        robot.clickOn("OK"); // the name offered: the plan's own label
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.plans().size() == 1);
        waitIdle();
    }

    @Test
    void saveThenPublish_buttons_listThePlanAsPublished(FxRobot robot) throws Exception {
        saveDraft(robot);
        robot.lookup("draft").query();

        robot.clickOn("week 48").clickOn("Publish");
        waitIdle();

        assertEquals(PlanStatus.PUBLISHED, model.plans().get(0).status());
        robot.lookup("PUBLISHED").query();
        assertEquals(
                "Published \"week 48\"",
                robot.lookup(".plans-status-text").queryAs(Label.class).getText());
    }

    @Test
    void delete_confirmed_removesThePlan(FxRobot robot) throws Exception {
        saveDraft(robot);
        robot.clickOn("week 48").clickOn("Delete…");

        robot.clickOn("OK");
        waitIdle();

        assertEquals(0, model.plans().size());
        robot.lookup("No saved plans for this site").query();
    }

    @Test
    void delete_cancelled_keepsThePlan(FxRobot robot) throws Exception {
        saveDraft(robot);
        robot.clickOn("week 48").clickOn("Delete…");

        robot.clickOn("Cancel");
        waitIdle();

        assertEquals(1, model.plans().size());
    }

    @Test
    void save_someoneElseSavedSince_showsTheReloadOfferUntilReloaded(FxRobot robot) throws Exception {
        saveDraft(robot);
        PlanSummary mine = model.openedProperty().get();
        new JdbcPlanStore(Databases.openH2(file)).save(mine.id(), mine.version(), PlansViewModelTest.content("theirs"));

        robot.clickOn(".plans-save");
        waitIdle();

        assertTrue(robot.lookup(".plans-conflict").query().isVisible());
        robot.clickOn("Reload");
        waitIdle();
        assertFalse(robot.lookup(".plans-conflict").query().isVisible());
        assertEquals("theirs", model.openedProperty().get().label());
    }

    @Test
    void saveAsDraft_asksForAName_andListsThePlanByIt(FxRobot robot) throws Exception {
        waitIdle();
        robot.clickOn("Save as draft");
        TextField name = robot.lookup("#planLabelDialog .text-field").queryAs(TextField.class);
        assertEquals("week 48", name.getText());

        robot.interact(() -> name.setText("  Week 48, second try "));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.plans().size() == 1);
        waitIdle();

        assertEquals("Week 48, second try", model.plans().get(0).label());
        robot.clickOn(".plans-save"); // over the opened plan: no question, the name stays
        waitIdle();
        assertEquals("Week 48, second try", model.plans().get(0).label());
    }

    @Test
    void saveButtons_noPlanOnScreen_areDisabled(FxRobot robot) throws Exception {
        waitIdle();

        robot.interact(() -> model.planOnScreenProperty().set(false));

        assertTrue(robot.lookup(".plans-save").query().isDisabled());
        assertTrue(robot.lookup(".plans-save-new").query().isDisabled());
        robot.interact(() -> model.planOnScreenProperty().set(true));
        assertFalse(robot.lookup(".plans-save").query().isDisabled());
    }

    @Test
    void database_anotherH2File_testedThenUsedAndKept(FxRobot robot) throws Exception {
        saveDraft(robot);
        Path other = dir.resolve("other-" + System.nanoTime());
        robot.clickOn("Database…");
        TextField field = robot.lookup(".database-file").query();
        robot.interact(() -> field.setText(other.toString()));

        robot.clickOn("Test and use");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> database.choice().equals(DatabaseChoice.h2(other)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.plans().isEmpty());
        assertEquals(DatabaseChoice.h2(other), settings.load());
        assertTrue(robot.lookup(".database-file").tryQuery().isEmpty(), "the dialog closed");
    }

    @Test
    void database_notAJdbcUrl_saysWhyAndKeepsTheDatabase(FxRobot robot) throws Exception {
        waitIdle();
        DatabaseChoice before = database.choice();
        robot.clickOn("Database…");
        robot.clickOn("A shared server (PostgreSQL)");
        TextField url = robot.lookup(".database-url").query();
        robot.interact(() -> url.setText("jdbc:mysql://localhost/app"));

        robot.clickOn("Test and use");

        Label status = robot.lookup(".database-status").query();
        assertTrue(status.getText().contains("not a PostgreSQL or H2 JDBC URL"), status.getText());
        assertEquals(before, database.choice());
        robot.clickOn("Cancel");
    }
}
