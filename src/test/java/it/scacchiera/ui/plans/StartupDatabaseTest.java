package it.scacchiera.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.persistence.DatabaseChoice;
import it.scacchiera.persistence.DatabaseSettings;
import it.scacchiera.persistence.PlanDatabase;
import it.scacchiera.ui.FxTest;
import it.scacchiera.ui.common.Bundles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At start-up, a shared server whose password was not remembered is asked for it before the store
 * opens; Cancel falls back to the local H2 file for this run. No live server needed: nothing connects.
 */
class StartupDatabaseTest extends FxTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:1/app";

    @TempDir
    Path dir;

    private final List<DatabaseChoice> asked = new ArrayList<>();

    private PlanDatabase kept(DatabaseChoice choice) throws Exception {
        var settings = new DatabaseSettings(dir.resolve("database.properties"));
        settings.save(choice, false);
        return new PlanDatabase(settings.load(), settings);
    }

    @Test
    void prepare_serverPasswordNotRemembered_asksAndUsesTheTypedPasswordWithoutKeepingIt() throws Exception {
        var database = kept(new DatabaseChoice(SERVER, "planner", "secret"));

        Path local = StartupDatabase.prepare(database, dir.resolve("local"), server -> {
            asked.add(server);
            return "typed";
        });

        assertNull(local);
        assertEquals(List.of(new DatabaseChoice(SERVER, "planner", "")), asked);
        assertEquals(new DatabaseChoice(SERVER, "planner", "typed"), database.choice());
        assertEquals(
                "",
                new DatabaseSettings(dir.resolve("database.properties")).load().password());
    }

    @Test
    void prepare_cancelled_usesTheLocalFileForThisRunAndKeepsTheServerChoice() throws Exception {
        var database = kept(new DatabaseChoice(SERVER, "planner", ""));

        Path local = StartupDatabase.prepare(database, dir.resolve("local"), server -> null);

        assertEquals(dir.resolve("local"), local);
        assertEquals(DatabaseChoice.h2(dir.resolve("local")), database.choice());
        assertEquals(
                SERVER,
                new DatabaseSettings(dir.resolve("database.properties")).load().url());
    }

    @Test
    void prepare_passwordRememberedOrLocalFile_asksNothing() throws Exception {
        var server = new PlanDatabase(new DatabaseChoice(SERVER, "planner", "remembered"), null);
        var h2 = new PlanDatabase(DatabaseChoice.h2(dir.resolve("plans")), null);

        assertNull(StartupDatabase.prepare(server, dir.resolve("local"), s -> {
            asked.add(s);
            return null;
        }));
        assertNull(StartupDatabase.prepare(h2, dir.resolve("local"), s -> {
            asked.add(s);
            return null;
        }));

        assertTrue(asked.isEmpty());
        assertEquals("remembered", server.choice().password());
        assertFalse(StartupDatabase.needsPassword(h2.choice()));
    }

    private static void shown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".startup-password")
                .tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ask_passwordTypedAndConnect_returnsIt(FxRobot robot) throws Exception {
        var answer = new CompletableFuture<String>();
        Platform.runLater(() -> answer.complete(StartupDatabase.ask(
                new DatabaseChoice(SERVER, "planner", ""), dir.resolve("local"), Bundles.load(Bundles.ENGLISH))));

        shown(robot);
        robot.clickOn(".startup-password").write("s3cret");
        robot.clickOn("Connect");

        assertEquals("s3cret", answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void ask_useTheLocalFile_returnsNull(FxRobot robot) throws Exception {
        var answer = new CompletableFuture<String>();
        Platform.runLater(() -> answer.complete(StartupDatabase.ask(
                new DatabaseChoice(SERVER, "planner", ""), dir.resolve("local"), Bundles.load(Bundles.ENGLISH))));

        shown(robot);
        robot.clickOn("Use the local file");

        assertNull(answer.get(10, TimeUnit.SECONDS));
    }
}
