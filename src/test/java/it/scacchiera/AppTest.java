package it.scacchiera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.persistence.DatabaseChoice;
import it.scacchiera.persistence.PlanDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppTest {
    @TempDir
    Path dir;

    /** What the window does at start: another app (another JVM) holds the H2 file, so this one is refused. */
    @Test
    void holdDatabase_h2FileHeldByAnotherApp_refusedWithWhy_andTakenOnceReleased() throws Exception {
        var choice = DatabaseChoice.h2(dir.resolve("plans"));
        Process other = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldDatabase.class.getName(),
                        choice.url())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String refused;
        try (var lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("held", lines.readLine());
            try (var app = new App(dir.resolve("data"), new PlanDatabase(choice, null))) {
                refused = app.holdDatabase();
            }
        } finally {
            other.getOutputStream().close();
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
        }

        String afterwards;
        try (var app = new App(dir.resolve("data"), new PlanDatabase(choice, null))) {
            afterwards = app.holdDatabase();
        }

        assertTrue(refused.contains("is open in another Scacchiera"), refused);
        assertNull(afterwards);
    }

    @Test
    void forUser_dbOnTheCommandLine_winsOverTheEnvironment() throws IOException {
        var args = List.of("--site", "x", "--db=jdbc:postgresql://db.example/plans", "--db-user", "planner");
        var env = Map.of("SCACCHIERA_DB_URL", "jdbc:h2:file:/elsewhere", "SCACCHIERA_DB_PASSWORD", "pw");

        try (var app = App.forUser(args, env)) {
            assertEquals(
                    new DatabaseChoice("jdbc:postgresql://db.example/plans", "planner", "pw"),
                    app.database().choice());
        }
    }
}
