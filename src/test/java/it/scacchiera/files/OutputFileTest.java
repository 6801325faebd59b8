package it.scacchiera.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.sorted().toList();
        }
    }

    @Test
    void write_contentFailsHalfway_oldFileIntactAndNoTemporaryLeft() throws IOException {
        Path file = Files.writeString(dir.resolve("week.csv"), "old");

        var error = assertThrows(
                IOException.class,
                () -> OutputFile.write(file, out -> {
                    out.write("half".getBytes());
                    throw new IOException("disk full");
                }));

        assertEquals("disk full", error.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void write_writerClosesTheStream_stillForcedAndMoved() throws IOException {
        Path file = dir.resolve("day.pdf");

        OutputFile.write(file, out -> {
            out.write("%PDF".getBytes());
            out.close();
        });

        assertEquals("%PDF", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void write_chainOfLinks_writesTheLastTarget() throws IOException {
        Path target = dir.resolve("real.csv");
        Path middle = Files.createSymbolicLink(dir.resolve("middle.csv"), target.getFileName());
        Path first = Files.createSymbolicLink(dir.resolve("first.csv"), middle.getFileName());

        OutputFile.write(first, out -> out.write("x".getBytes()));

        assertEquals("x", Files.readString(target));
        assertEquals(List.of(first, middle, target), files());
    }

    @Test
    void checkWritable_linkLoop_failsNamingTheFile() throws IOException {
        Path a = dir.resolve("a.csv");
        Files.createSymbolicLink(a, dir.resolve("b.csv"));
        Files.createSymbolicLink(dir.resolve("b.csv"), a);

        var error = assertThrows(IOException.class, () -> OutputFile.checkWritable(a));

        assertEquals(a.toString(), ((java.nio.file.FileSystemException) error).getFile());
    }
}
