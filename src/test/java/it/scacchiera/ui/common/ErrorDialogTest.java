package it.scacchiera.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.ui.FxTest;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ErrorDialogTest extends FxTest {
    @Test
    void uncaughtException_onTheFxThread_shownWithItsMessageAndTrace(FxRobot robot) throws Exception {
        var handler = new ErrorDialog(() -> Bundles.load(Locale.ENGLISH));

        robot.interact(() -> handler.uncaughtException(Thread.currentThread(), new IllegalStateException("boom")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog")
                .tryQuery()
                .map(pane -> pane.getScene().getWindow().isShowing())
                .orElse(false));

        DialogPane pane = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("IllegalStateException: boom"), pane.getContentText());
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
    }
}
