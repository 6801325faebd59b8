package it.scacchiera.ui.why;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.planning.Why;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class WhyViewTest extends FxTest {
    private WhyViewModel model;
    private final List<Why> selected = new ArrayList<>();

    @Start
    void start(Stage stage) {
        model = new WhyViewModel();
        model.onSelect(selected::add);
        model.setReport(Reports.oneHard());
        stage.setScene(new Scene(WhyView.load(model, Bundles.load(Bundles.ENGLISH)), 700, 400));
        stage.show();
    }

    private List<String> ruleTexts(FxRobot robot) {
        TreeView<?> tree = robot.lookup(".why-tree").queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream()
                .map(TreeItem::getValue)
                .map(value -> value instanceof BrokenRule rule ? rule.severity() + " " + rule.name() : value.toString())
                .toList();
    }

    @Test
    void tree_hardAndSoftRules_listsHardFirstWithTheSeverityWord(FxRobot robot) {
        robot.interact(() -> model.setReport(Reports.softAndHard()));

        assertEquals(
                List.of(
                        "HARD Less than 11 hours of rest",
                        "HARD Neighbouring desks occupied at once",
                        "SOFT Changes from the published plan"),
                ruleTexts(robot));
        robot.lookup("HARD: Less than 11 hours of rest (-1 hard / 0 medium / 0 soft, 1 times)")
                .query();
    }

    @Test
    void clickReason_inTheTree_firesTheCallback(FxRobot robot) {
        robot.clickOn(".reason");

        assertEquals(List.of(Reports.NEIGHBOURS), selected);
    }

    @Test
    void tree_cleanReport_saysNoBrokenRules(FxRobot robot) {
        robot.interact(() -> model.setReport(Reports.clean()));

        Label empty = robot.lookup(".why-empty").queryAs(Label.class);
        assertTrue(empty.isVisible());
        assertEquals("No broken rules", empty.getText());
    }

    @Test
    void filter_typing_narrowsTheTree(FxRobot robot) {
        robot.interact(() -> model.setReport(Reports.softAndHard()));

        robot.clickOn(".why-filter").write("published");

        assertEquals(List.of("SOFT Changes from the published plan"), ruleTexts(robot));
    }
}
