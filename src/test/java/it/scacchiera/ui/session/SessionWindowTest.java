package it.scacchiera.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.App;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.MainWindow;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.plan.SmallSite;
import it.scacchiera.ui.plan.SolveSettings;
import it.scacchiera.ui.plan.SolverState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, on a temporary data folder: the questions before a plan goes, the draft a
 * crash leaves behind, the settings a restart keeps, and undo across a solve.
 */
class SessionWindowTest extends FxTest {
    @TempDir
    Path dir;

    private Path site;
    private Path data;
    private final List<App> apps = new ArrayList<>();
    private final List<MainWindow> closeAfter = new ArrayList<>();

    @BeforeEach
    void writeSite() throws Exception {
        site = SmallSite.write(Files.createDirectories(dir.resolve("sala")));
        data = dir.resolve("data");
    }

    @AfterEach
    void closeApps(FxRobot robot) {
        robot.interact(() -> closeAfter.forEach(MainWindow::close));
        apps.forEach(App::close);
    }

    /** A new app and window on the data folder, shown on the small site (or the draft it offers back). */
    private MainWindow start(FxRobot robot) throws Exception {
        var app = new App(data);
        apps.add(app);
        var window = new AtomicReference<MainWindow>();
        robot.interact(() -> window.set(new MainWindow(app, new Stage(), Locale.ENGLISH)));
        // show() may ask about a draft with a modal dialog: not from interact(), which would wait for it
        Platform.runLater(() -> window.get().show(site));
        return window.get();
    }

    private static void waitForSite(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.plan().siteProperty().get() != null
                        && window.plan().roomProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A solved plan: unsaved changes. */
    private void solve(FxRobot robot, MainWindow window) throws Exception {
        waitForSite(window);
        PlanViewModel plan = window.plan();
        robot.interact(() -> {
            plan.settingsProperty().set(new SolveSettings(Duration.ofSeconds(1), Set.of(), 30));
            plan.weekStartProperty().set(SmallSite.MONDAY);
            plan.solve();
        });
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> plan.stateProperty().get() == SolverState.SOLVED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a button of the dialog once its window shows. */
    private static void answer(FxRobot robot, String dialog, String button) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(dialog)
                .tryQuery()
                .map(pane ->
                        pane.getScene() != null && pane.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Button chosen = robot.from(robot.lookup(dialog).queryAs(DialogPane.class))
                .lookup((Button b) -> b.getText().equals(button))
                .query();
        robot.clickOn(chosen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean remote(PlanViewModel plan, String operatorId) {
        return plan.entries().stream()
                .anyMatch(e -> e.operatorId().equals(operatorId) && e.date().equals(SmallSite.MONDAY) && e.remote());
    }

    @Test
    void quit_unsavedPlanThenCancel_windowStaysWithThePlan(FxRobot robot) throws Exception {
        MainWindow window = start(robot);
        closeAfter.add(window);
        solve(robot, window);

        Platform.runLater(window::quit);
        answer(robot, "#unsavedDialog", "Cancel");

        assertTrue(window.stage().isShowing());
        assertTrue(window.plan().dirtyProperty().get());
    }

    @Test
    void quit_unsavedPlanThenDiscard_windowHidesAndNoDraftIsKept(FxRobot robot) throws Exception {
        MainWindow window = start(robot);
        closeAfter.add(window);
        solve(robot, window);
        var draft = new DraftFile(data);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, draft::exists);

        Platform.runLater(window::quit);
        answer(robot, "#unsavedDialog", "Discard");

        assertFalse(window.stage().isShowing());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !draft.exists());
    }

    @Test
    void quit_unsavedPlanThenSave_storesThePlanThenHides(FxRobot robot) throws Exception {
        MainWindow window = start(robot);
        closeAfter.add(window);
        solve(robot, window);

        Platform.runLater(window::quit);
        answer(robot, "#unsavedDialog", "Save");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.stage().isShowing());
        assertEquals(1, window.panels().plans().plans().size());
        assertFalse(window.plan().dirtyProperty().get());
    }

    @Test
    void openSavedPlan_unsavedEdit_cancelKeepsTheEditDiscardOpensTheSavedPlan(FxRobot robot) throws Exception {
        MainWindow window = start(robot);
        closeAfter.add(window);
        solve(robot, window);
        PlanViewModel plan = window.plan();
        var plans = window.panels().plans();
        robot.interact(() -> window.panels().saveThen(() -> {}));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plans.plans().size() == 1);
        robot.interact(() -> {
            plan.dayProperty().set(SmallSite.MONDAY);
            plan.moveToRemote("OP1");
            plans.selectedProperty().set(plans.plans().get(0));
        });
        assertTrue(plan.dirtyProperty().get());

        Platform.runLater(plans::open);
        answer(robot, "#unsavedDialog", "Cancel");

        assertTrue(remote(plan, "OP1"), "the edit is still on screen");
        Platform.runLater(plans::open);
        answer(robot, "#unsavedDialog", "Discard");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !remote(plan, "OP1"));
        assertFalse(plan.dirtyProperty().get());
    }

    @Test
    void chooseAnotherWeek_unsavedPlanThenCancel_keepsThePlanAndTheWeekField(FxRobot robot) throws Exception {
        MainWindow window = start(robot);
        closeAfter.add(window);
        solve(robot, window);
        PlanViewModel plan = window.plan();
        List<ScheduleEntry> solved = plan.entries();
        DatePicker picker = robot.lookup("#weekPicker").queryAs(DatePicker.class);

        Platform.runLater(() -> picker.setValue(SmallSite.MONDAY.plusWeeks(1)));
        answer(robot, "#unsavedDialog", "Cancel");

        assertEquals(SmallSite.MONDAY, picker.getValue(), "the field shows the week of the plan again");
        assertEquals(SmallSite.MONDAY, plan.weekStartProperty().get());
        assertEquals(solved, plan.entries());
        assertTrue(plan.dirtyProperty().get());
    }

    @Test
    void chooseAnotherWeek_unsavedPlanThenSave_storesThePlanThenShowsTheNewWeek(FxRobot robot) throws Exception {
        MainWindow window = start(robot);
        closeAfter.add(window);
        solve(robot, window);
        PlanViewModel plan = window.plan();
        DatePicker picker = robot.lookup("#weekPicker").queryAs(DatePicker.class);
        LocalDate next = SmallSite.MONDAY.plusWeeks(1);

        Platform.runLater(() -> picker.setValue(next));
        answer(robot, "#unsavedDialog", "Save");

        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> next.equals(plan.weekStartProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(next, picker.getValue());
        assertEquals(1, window.panels().plans().plans().size(), "the old week's plan was stored first");
        assertEquals(List.of(), plan.entries());
    }

    @Test
    void chooseMoreWeeks_unsavedPlanThenDiscard_showsTheNewHorizonWithoutAPlan(FxRobot robot) throws Exception {
        MainWindow window = start(robot);
        closeAfter.add(window);
        solve(robot, window);
        PlanViewModel plan = window.plan();
        @SuppressWarnings("unchecked")
        Spinner<Integer> weeks = robot.lookup("#weeksSpinner").queryAs(Spinner.class);

        Platform.runLater(() -> weeks.getValueFactory().setValue(2));
        answer(robot, "#unsavedDialog", "Discard");

        assertEquals(2, plan.weeksProperty().get());
        assertEquals(2, weeks.getValue());
        assertEquals(List.of(), plan.entries());
        assertFalse(plan.dirtyProperty().get());
    }

    @Test
    void chooseAnotherWeek_savedPlan_changesWithoutAsking(FxRobot robot) throws Exception {
        MainWindow window = start(robot);
        closeAfter.add(window);
        waitForSite(window);
        PlanViewModel plan = window.plan();
        DatePicker picker = robot.lookup("#weekPicker").queryAs(DatePicker.class);

        robot.interact(() -> picker.setValue(SmallSite.MONDAY.plusWeeks(2)));

        assertEquals(SmallSite.MONDAY.plusWeeks(2), plan.weekStartProperty().get());
        assertTrue(robot.lookup("#unsavedDialog").tryQuery().isEmpty());
    }

    @Test
    void start_afterACrashWithAnAutosavedDraft_offersItAndRecoveringPutsThePlanBack(FxRobot robot) throws Exception {
        MainWindow crashed = start(robot);
        solve(robot, crashed);
        robot.interact(() -> {
            crashed.plan().dayProperty().set(SmallSite.MONDAY);
            crashed.plan().moveToRemote("OP2");
        });
        List<ScheduleEntry> lost = crashed.plan().entries();
        var draft = new DraftFile(data);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> draft.exists() && draft.read().entries().equals(lost));
        robot.interact(() -> crashed.stage().hide()); // no close(): no clean exit is recorded, as in a crash

        MainWindow next = start(robot);
        closeAfter.add(next);
        answer(robot, "#recoverDialog", "Recover");

        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> next.plan().entries().equals(lost));
        assertTrue(next.plan().dirtyProperty().get(), "a recovered plan is still unsaved");
        assertTrue(next.plan().isPinned("OP2")
                || next.plan().pins().stream().anyMatch(pin -> pin.operatorId().equals("OP2")));
    }

    @Test
    void restart_settingsChosenInTheFirstRun_keptByTheSecond(FxRobot robot) throws Exception {
        MainWindow first = start(robot);
        waitForSite(first);
        LocalDate week = SmallSite.MONDAY.plusWeeks(1);
        var chosen = new SolveSettings(Duration.ofSeconds(12), Set.of("Outsourcer Srl"), 45);
        robot.interact(() -> {
            first.plan().weekStartProperty().set(week);
            first.plan().weeksProperty().set(2);
            first.plan().dayProperty().set(week.plusDays(2));
            first.plan().settingsProperty().set(chosen);
            first.stage().setWidth(1000);
            first.switchLanguage(Locale.ITALIAN);
            first.close();
            first.stage().hide();
        });

        MainWindow second = start(robot);
        closeAfter.add(second);
        waitForSite(second);

        assertEquals(week, second.plan().weekStartProperty().get());
        assertEquals(2, second.plan().weeksProperty().get());
        assertEquals(week.plusDays(2), second.plan().dayProperty().get());
        assertEquals(chosen, second.plan().settingsProperty().get());
        assertEquals(1000, second.stage().getWidth());
        assertEquals("it", second.bundle().getLocale().getLanguage());
        assertEquals(
                site.toAbsolutePath().normalize(), second.model().siteProperty().get());
    }

    @Test
    void changeSettings_windowStillOpen_alreadyOnDiskForTheNextRun(FxRobot robot) throws Exception {
        MainWindow window = start(robot);
        closeAfter.add(window);
        waitForSite(window);
        LocalDate week = SmallSite.MONDAY.plusWeeks(3);
        var chosen = new SolveSettings(Duration.ofSeconds(17), Set.of(), 30);

        robot.interact(() -> {
            window.plan().weekStartProperty().set(week);
            window.plan().settingsProperty().set(chosen);
            window.plan().dayProperty().set(week.plusDays(3));
            window.switchLanguage(Locale.ITALIAN);
            window.stage().setWidth(1010);
        });

        var store = new SettingsStore(data); // as a restart after a kill reads it: no close() ran
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            UserSettings kept = store.load();
            return week.equals(kept.weekStart())
                    && chosen.equals(kept.solve())
                    && week.plusDays(3).equals(kept.day())
                    && "M".equals(kept.shift())
                    && Locale.ITALIAN.equals(kept.locale())
                    && kept.width() == 1010;
        });
        UserSettings kept = store.load();
        assertEquals(null, kept.cleanExit(), "no clean exit recorded: the window is still open");
        assertEquals(site.toAbsolutePath().normalize(), kept.site());
    }

    @Test
    void editWhileSolving_thenUndo_editSurvivesTheSolveAndUndoes(FxRobot robot) throws Exception {
        MainWindow window = start(robot);
        closeAfter.add(window);
        waitForSite(window);
        PlanViewModel plan = window.plan();
        robot.interact(() -> {
            plan.settingsProperty().set(new SolveSettings(Duration.ofSeconds(3), Set.of(), 30));
            plan.weekStartProperty().set(SmallSite.MONDAY);
            plan.solve();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !plan.entries().isEmpty());

        robot.interact(() -> {
            plan.dayProperty().set(SmallSite.MONDAY);
            plan.moveToRemote("OP3");
        });
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> plan.stateProperty().get() == SolverState.SOLVED);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(remote(plan, "OP3"), "the edit made while solving is in the solved plan");
        assertTrue(plan.canUndoProperty().get(), "the solve kept the undo history");
        robot.interact(plan::undo);
        assertFalse(remote(plan, "OP3"));
        assertFalse(plan.isPinned("OP3"));
        assertNotEquals(List.of(), plan.entries());
    }
}
