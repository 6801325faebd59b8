package it.scacchiera.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCsvWriterFileTest {
    @TempDir
    Path dir;

    @Test
    void write_missingParentFolders_makesThem() throws IOException {
        Path file = dir.resolve("plans/december/week.csv");

        new ScheduleCsvWriter().write(file, List.of());

        assertTrue(Files.readString(file).startsWith("date,shift,"));
    }

    @Test
    void write_aFolderInTheWay_failsNamingIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plan.csv"));

        var error = assertThrows(IOException.class, () -> new ScheduleCsvWriter().write(folder, List.of()));

        assertTrue(error.getMessage().contains(folder.toString()), error.getMessage());
        assertEquals(List.of(), Files.list(folder).toList());
    }
}
