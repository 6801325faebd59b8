package it.scacchiera.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Base of every TestFX test. A test failing mid-drag leaves Monocle's drag loop open and breaks the next
 * click, even in another class; releasing every button after each test closes it.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class FxTest {
    @AfterEach
    void releaseMouse(FxRobot robot) {
        robot.release(new javafx.scene.input.MouseButton[0]);
    }
}
