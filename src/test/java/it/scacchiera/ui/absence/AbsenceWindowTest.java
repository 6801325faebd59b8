package it.scacchiera.ui.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.App;
import it.scacchiera.report.PlanDiff;
import it.scacchiera.roster.OperatorsReader;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.MainWindow;
import it.scacchiera.ui.plan.PlanViewModel;
import it.scacchiera.ui.plan.SolveSettings;
import it.scacchiera.ui.plan.SolverState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Plan ▸ Mark absent… in the real window: the re-plan's difference lists the day, Accept shows the new plan. */
class AbsenceWindowTest extends FxTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private App app;
    private MainWindow window;
    private PlanViewModel plan;

    /** One room, four office-only operators, a morning shift needing all four: anyone absent leaves it short. */
    static Path site(Path dir) throws Exception {
        Files.writeString(dir.resolve("sala.floor"), "name: Sala\ngrid:\n######\n#DDDD#\n#DDDD#\n######\n");
        Files.writeString(dir.resolve("shifts.csv"), "code,name,start,end,days\nM,Mattina,08:00,14:00,Mon-Fri\n");
        var operators =
                new StringBuilder("id,name,team,employer,skills,remote,days_per_week,shifts,unavailable,headset\n");
        String[] names = {"Anna Bianchi", "Bruno Conti", "Carla Dini", "Dario Esposito"};
        for (int i = 0; i < names.length; i++) {
            operators.append("OP%d,%s,Blu,in-house,COMM,no,5,M,,HS-%d%n".formatted(i + 1, names[i], i + 1));
        }
        Files.writeString(dir.resolve("operators.csv"), operators);
        var demand = new StringBuilder("date,shift,service,required,calls,aht,sl_percent,sl_seconds\n");
        for (String day : new String[] {"Mon", "Tue", "Wed", "Thu", "Fri"}) {
            demand.append(day).append(",M,COMM,4,,,,\n");
        }
        Files.writeString(dir.resolve("demand.csv"), demand);
        return dir;
    }

    @Start
    void start(Stage stage) throws Exception {
        app = new App(dir.resolve("data")); // never the planner's own ~/.scacchiera: its drafts would be offered back
        window = new MainWindow(app, stage, Locale.ENGLISH);
        plan = window.plan();
        plan.settingsProperty().set(new SolveSettings(Duration.ofSeconds(3), Set.of(), 30));
        plan.weekStartProperty().set(MONDAY);
        window.show(site(dir));
    }

    @AfterEach
    void closeApp(FxRobot robot) {
        robot.interact(window::close);
        app.close();
    }

    static void solve(FxRobot robot, PlanViewModel plan) throws Exception {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> plan.siteProperty().get() != null);
        robot.interact(plan::solve);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> plan.stateProperty().get() == SolverState.SOLVED
                        || plan.stateProperty().get() == SolverState.KEPT);
    }

    /** Waits for the diff dialog's window, shown once the re-plan ends. */
    private static void shown(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query)
                .tryQuery()
                .filter(n -> n.getScene() != null
                        && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Headless Monocle places the dialog where TestFX counts it as not visible: press the button itself. */
    private static void fire(FxRobot robot, String query) {
        robot.interact(
                () -> robot.lookup(query).<javafx.scene.control.Button>query().fire());
    }

    private boolean worksMonday(String operatorId) {
        return plan.entries().stream()
                .anyMatch(e -> e.operatorId().equals(operatorId) && e.date().equals(MONDAY));
    }

    @Test
    @SuppressWarnings("unchecked")
    void markAbsent_acceptedReplan_listsTheDayAndShowsTheNewPlan(FxRobot robot) throws Exception {
        solve(robot, plan);
        assertTrue(worksMonday("OP1"));

        robot.clickOn("Plan").clickOn("Mark absent…");
        robot.interact(() -> {
            ComboBox<it.scacchiera.roster.Operator> who =
                    robot.lookup("#absenceOperator").query();
            who.getSelectionModel().select(0);
        });
        robot.clickOn("Re-plan");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#diffMoves")
                .tryQuery()
                .isPresent());
        TableView<PlanDiff.Move> moves = robot.lookup("#diffMoves").query();
        TableView<PlanDiff.SlotShort> slots = robot.lookup("#diffSlots").query();
        PlanDiff.Move monday = moves.getItems().stream()
                .filter(m -> m.operatorId().equals("OP1") && m.date().equals(MONDAY))
                .findFirst()
                .orElseThrow();
        fire(robot, "#diffAccept");
        WaitForAsyncUtils.waitForFxEvents();

        assertNull(monday.after());
        assertEquals(
                1,
                slots.getItems().stream()
                        .filter(s -> s.date().equals(MONDAY))
                        .findFirst()
                        .orElseThrow()
                        .shortAfter());
        assertTrue(!worksMonday("OP1"), "the accepted plan is on screen");
        assertEquals(Set.of(MONDAY), plan.absences().of("OP1"));
        // kept in the site's operators.csv, as the command line reads it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> unavailable("OP1").equals(Set.of(MONDAY)));
        assertEquals(Set.of(), unavailable("OP2"));
    }

    private Set<LocalDate> unavailable(String operatorId) throws Exception {
        return new OperatorsReader()
                .read(dir.resolve("operators.csv"), plan.siteProperty().get().shiftsByCode()).stream()
                        .filter(o -> o.id().equals(operatorId))
                        .findFirst()
                        .orElseThrow()
                        .unavailable();
    }

    @Test
    void markAbsent_discardedReplan_keepsThePlanAndDropsTheAbsence(FxRobot robot) throws Exception {
        solve(robot, plan);
        var before = plan.entries();

        robot.clickOn("Plan").clickOn("Mark absent…");
        robot.interact(() -> robot.lookup("#absenceOperator")
                .<ComboBox<?>>query()
                .getSelectionModel()
                .select(1));
        robot.clickOn("Re-plan");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#diffDiscard")
                .tryQuery()
                .isPresent());
        fire(robot, "#diffDiscard");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before, plan.entries());
        assertTrue(plan.absences().of("OP2").isEmpty());
        assertEquals(Set.of(), unavailable("OP2"), "a discarded absence is not written to operators.csv");
    }
}
