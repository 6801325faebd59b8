package it.scacchiera.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.App;
import it.scacchiera.ui.common.Bundles;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.plan.SmallSite;
import it.scacchiera.ui.plan.SolveSettings;
import it.scacchiera.ui.plan.SolverState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window in Italian on a site one operator short every day: the week field writes dates
 * day first and the why panel words the rule and its reason from the Italian bundle.
 */
class ItalianWindowTest extends FxTest {
    @TempDir
    Path dir;

    private App app;
    private MainWindow window;
    private PlanViewModel plan;

    @Start
    void start(Stage stage) throws Exception {
        app = new App(dir.resolve("data"));
        window = new MainWindow(app, stage, Bundles.ITALIAN);
        plan = window.plan();
        plan.settingsProperty().set(new SolveSettings(Duration.ofSeconds(3), Set.of(), 30));
        plan.weekStartProperty().set(SmallSite.MONDAY);
        Path site = SmallSite.write(dir);
        // four operators, five wanted: every day is one short, whatever the solver does
        Files.writeString(
                site.resolve("demand.csv"),
                "date,shift,service,required,calls,aht,sl_percent,sl_seconds\n"
                        + "Mon,M,COMM,5,,,,\nTue,M,COMM,5,,,,\nWed,M,COMM,5,,,,\nThu,M,COMM,5,,,,\nFri,M,COMM,5,,,,\n");
        window.show(site);
    }

    @AfterEach
    void closeApp(FxRobot robot) {
        robot.interact(window::close);
        app.close();
    }

    private void solve(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> plan.siteProperty().get() != null && plan.roomProperty().get() != null);
        robot.clickOn("#solveButton");
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> plan.stateProperty().get() == SolverState.SOLVED);
    }

    private List<String> whyTexts(FxRobot robot) {
        return robot.lookup(".why-tree .tree-cell").queryAllAs(TreeCell.class).stream()
                .map(TreeCell::getText)
                .filter(text -> text != null && !text.isEmpty())
                .toList();
    }

    @Test
    void weekField_italian_writesTheDayFirst(FxRobot robot) {
        DatePicker week = robot.lookup("#weekPicker").queryAs(DatePicker.class);

        assertEquals("23/11/2026", week.getEditor().getText());
    }

    @Test
    void whyPanel_italian_wordsTheRuleAndTheReasonFromTheBundle(FxRobot robot) throws Exception {
        solve(robot);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> whyTexts(robot).stream()
                .anyMatch(text -> text.startsWith("COMM nel turno M: 4 su 5")));
        List<String> texts = whyTexts(robot);
        assertTrue(
                texts.stream()
                        .anyMatch(text -> text.startsWith("MEDIA: Copertura insufficiente (0 vincoli / -5 servizio")),
                texts::toString);
        assertTrue(
                texts.stream()
                        .anyMatch(text -> text.startsWith("COMM nel turno M: 4 su 5 — ") && text.contains("23/11/26")),
                texts::toString);
        assertTrue(
                robot.lookup("#coverageLabel").queryAs(Label.class).getText().startsWith("Copertura 20/25"),
                () -> robot.lookup("#coverageLabel").queryAs(Label.class).getText());
    }

    /** The popup's month, then its first day name. */
    private List<String> popupNames(FxRobot robot) {
        DatePicker week = robot.lookup("#weekPicker").queryAs(DatePicker.class);
        robot.interact(week::show);
        String month = robot.lookup(".date-picker-popup .month-year-pane .spinner-label")
                .queryAllAs(Label.class)
                .iterator()
                .next()
                .getText();
        String firstDay =
                robot
                        .lookup(".date-picker-popup .day-name-cell")
                        .queryAllAs(javafx.scene.control.DateCell.class)
                        .stream()
                        .sorted(java.util.Comparator.comparingDouble(
                                cell -> cell.localToScene(0, 0).getX()))
                        .findFirst()
                        .orElseThrow()
                        .getText();
        robot.interact(week::hide);
        return List.of(month.toLowerCase(java.util.Locale.ROOT), firstDay.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void weekPopup_italianThenEnglish_namesTheMonthInTheWindowsLanguage(FxRobot robot) {
        List<String> italian = popupNames(robot);

        robot.interact(() -> window.switchLanguage(Bundles.ENGLISH));

        assertEquals(List.of("novembre", "lun"), italian, "the Italian week starts on Monday");
        assertEquals("november", popupNames(robot).get(0));
    }
}
