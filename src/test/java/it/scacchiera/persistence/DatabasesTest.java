package it.scacchiera.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabasesTest {
    /** V1 plans, V2 site identity, V20 pin service. */
    private static final int MIGRATIONS = 3;

    @TempDir
    Path folder;

    @Test
    void openH2_missingFolders_createsTheDatabaseFileMigrated() {
        Path file = folder.resolve("a").resolve("b").resolve("scacchiera");

        DataSource dataSource = Databases.openH2(file);

        assertTrue(Files.exists(folder.resolve("a/b/scacchiera.mv.db")));
        assertEquals(
                MIGRATIONS,
                Flyway.configure().dataSource(dataSource).load().info().applied().length);
        assertEquals(
                "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=FALSE;TRACE_LEVEL_FILE=0;LOCK_TIMEOUT=10000",
                ((JdbcDataSource) dataSource).getURL());
    }

    @Test
    void openH2_sameFileThreeTimes_migratesOnce() {
        Path file = folder.resolve("scacchiera");
        Databases.openH2(file);
        Databases.openH2(file);

        var flyway = Flyway.configure().dataSource(Databases.openH2(file)).load();

        assertEquals(MIGRATIONS, flyway.info().applied().length);
        assertEquals(0, flyway.migrate().migrationsExecuted);
    }

    @Test
    void openH2_pathWithSemicolon_refused() {
        Path file = folder.resolve("x;MODE=Oracle");

        assertThrows(IllegalArgumentException.class, () -> Databases.openH2(file));
    }

    @Test
    void open_unsupportedUrl_refused() {
        String url = "jdbc:mysql://localhost/app";

        var error = assertThrows(IllegalArgumentException.class, () -> Databases.open(url, "app", "secret"));

        assertTrue(error.getMessage().contains(url), error.getMessage());
    }

    @Test
    void open_unreachableServer_failsAsPlanStoreException() {
        String url = "jdbc:postgresql://127.0.0.1:1/app?connectTimeout=2";

        assertThrows(PlanStoreException.class, () -> Databases.open(url, "app", "secret"));
    }

    @Test
    void defaultH2File_isInTheUsersScacchieraFolder() {
        Path file = Databases.defaultH2File();

        assertEquals(Path.of(System.getProperty("user.home"), ".scacchiera", "scacchiera"), file);
    }
}
