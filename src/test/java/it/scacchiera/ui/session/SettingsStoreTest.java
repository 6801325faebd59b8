package it.scacchiera.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.ui.plan.SolveSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path folder;

    private static final UserSettings CHOSEN = new UserSettings(
            LocalDate.of(2026, 11, 23),
            2,
            LocalDate.of(2026, 11, 25),
            "P",
            Locale.ITALIAN,
            new SolveSettings(Duration.ofSeconds(90), Set.of("Call & Co", "Outsourcer | Srl"), 45),
            1024,
            700,
            Path.of("/sedi/roma"),
            Instant.parse("2026-12-04T10:15:30Z"));

    @Test
    void load_noFile_firstRunSettings() throws Exception {
        assertEquals(UserSettings.FIRST_RUN, new SettingsStore(folder).load());
    }

    @Test
    void saveThenLoad_everySetting_sameSettings() throws Exception {
        new SettingsStore(folder).save(CHOSEN);

        assertEquals(CHOSEN, new SettingsStore(folder).load());
    }

    @Test
    void load_oneValueEditedBadly_thatValueFallsBackTheOthersKept() throws Exception {
        new SettingsStore(folder).save(CHOSEN);
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, Files.readString(file).replace("weeks=2", "weeks=-3"));

        var loaded = new SettingsStore(folder).load();

        assertEquals(1, loaded.weeks());
        assertEquals(CHOSEN.solve(), loaded.solve());
        assertEquals(CHOSEN.day(), loaded.day());
    }
}
