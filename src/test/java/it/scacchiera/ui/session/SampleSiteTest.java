package it.scacchiera.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSiteTest {
    @TempDir
    Path dir;

    @Test
    void copy_firstUse_copiesTheFilesIntoTheDataFolder() throws Exception {
        Path installed = Files.createDirectories(dir.resolve("install"));
        Files.writeString(installed.resolve("sala.floor"), "room");

        Path copy = SampleSite.copy(installed, dir.resolve("data"));

        assertEquals(dir.resolve("data").resolve("sample"), copy);
        assertEquals("room", Files.readString(copy.resolve("sala.floor")));
    }

    @Test
    void copy_secondUse_keepsThePlannersCopy() throws Exception {
        Path installed = Files.createDirectories(dir.resolve("install"));
        Files.writeString(installed.resolve("sala.floor"), "room");
        Path copy = SampleSite.copy(installed, dir.resolve("data"));
        Files.writeString(copy.resolve("sala.floor"), "edited by the planner");

        SampleSite.copy(installed, dir.resolve("data"));

        assertEquals("edited by the planner", Files.readString(copy.resolve("sala.floor")));
        assertEquals("room", Files.readString(installed.resolve("sala.floor")));
    }

    @Test
    void copy_noInstalledSample_returnsTheInstalledPathForTheWindowToReport() throws Exception {
        Path missing = dir.resolve("nowhere");

        assertEquals(missing, SampleSite.copy(missing, dir.resolve("data")));
    }
}
