package it.scacchiera.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class HelpWindowTest extends FxTest {
    private final ResourceBundle bundle = Bundles.load(Bundles.ENGLISH);
    private final List<String> external = new ArrayList<>();
    private HelpWindow help;

    @Start
    void start(Stage stage) {
        help = new HelpWindow(stage, bundle, external::add);
    }

    @Test
    void show_floorplansPage_rendersItsHeadingAndTables(FxRobot robot) {
        robot.interact(() -> help.show("floorplans.md"));

        assertEquals("floorplans.md", help.openFile());
        assertFalse(robot.lookup(".help-table").queryAllAs(GridPane.class).isEmpty());
        assertTrue(robot.lookup(".help-h1").tryQuery().isPresent());
    }

    @Test
    void link_toAnotherPage_opensItInTheWindow(FxRobot robot) {
        robot.interact(() -> help.show("README.md"));
        Hyperlink rules = robot.lookup(".hyperlink")
                .match((Hyperlink link) -> link.getText().equals("rules.md"))
                .queryAs(Hyperlink.class);

        robot.interact(rules::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("rules.md", help.openFile());
        assertTrue(external.isEmpty());
    }
}
