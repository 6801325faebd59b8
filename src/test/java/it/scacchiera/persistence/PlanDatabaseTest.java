package it.scacchiera.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the database in the app: tested before it is kept, kept between runs. */
class PlanDatabaseTest {
    @TempDir
    Path dir;

    final SiteRef site = new SiteRef(UUID.randomUUID().toString(), "roma");

    @Test
    void use_unreachableServer_refusedAndTheCurrentDatabaseKeptAndNothingSaved() throws IOException {
        var settings = new DatabaseSettings(dir.resolve("database.properties"));
        var choice = DatabaseChoice.h2(dir.resolve("mine"));
        try (var database = new PlanDatabase(choice, settings)) {
            PlanSummary saved = database.store().save(SamplePlans.plan(site, "kept"));
            var unreachable = new DatabaseChoice("jdbc:postgresql://127.0.0.1:1/app?connectTimeout=2", "app", "pw");

            assertThrows(PlanStoreException.class, () -> database.use(unreachable));

            assertEquals(choice, database.choice());
            assertEquals(List.of(saved), database.store().list(site));
            assertFalse(Files.exists(dir.resolve("database.properties")));
        }
    }

    @Test
    void use_anotherH2File_keptForTheNextRunAndUsedFromNow() throws IOException {
        var settings = new DatabaseSettings(dir.resolve("settings").resolve("database.properties"));
        try (var database = new PlanDatabase(DatabaseChoice.h2(dir.resolve("first")), settings)) {
            database.store().save(SamplePlans.plan(site, "in the first file"));
            var second = DatabaseChoice.h2(dir.resolve("second"));

            database.use(second);

            assertEquals(second, database.choice());
            assertEquals(second, settings.load());
            assertEquals(List.of(), database.store().list(site));
        }
    }

    @Test
    void save_serverChoiceWithPassword_loadsTheSameAndOnlyItsOwnerMayReadIt() throws IOException {
        Path file = dir.resolve("database.properties");
        var settings = new DatabaseSettings(file);
        var choice = new DatabaseChoice("jdbc:postgresql://db.example/scacchiera", "planner", "s3cret=;#!");

        settings.save(choice, true);

        assertEquals(choice, new DatabaseSettings(file).load());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void save_passwordNotToBeRemembered_theFileHoldsNoPasswordAndLoadsWithAnEmptyOne() throws IOException {
        Path file = dir.resolve("database.properties");
        var settings = new DatabaseSettings(file);
        settings.save(new DatabaseChoice("jdbc:postgresql://db.example/scacchiera", "planner", "old-secret"), true);
        var choice = new DatabaseChoice("jdbc:postgresql://db.example/scacchiera", "planner", "s3cret");

        settings.save(choice, false);

        String text = Files.readString(file);
        assertFalse(text.contains("s3cret") || text.contains("old-secret") || text.contains("password"), text);
        assertEquals(
                new DatabaseChoice("jdbc:postgresql://db.example/scacchiera", "planner", ""),
                new DatabaseSettings(file).load());
    }

    @Test
    void load_noSettingsYet_theDefaultH2File() throws IOException {
        var settings = new DatabaseSettings(dir.resolve("absent.properties"));

        assertEquals(DatabaseChoice.defaultH2(), settings.load());
    }

    @Test
    void toString_serverChoice_neverShowsThePassword() {
        var choice = new DatabaseChoice("jdbc:postgresql://db.example/scacchiera", "planner", "s3cret");

        assertFalse(choice.toString().contains("s3cret"), choice.toString());
    }
}
