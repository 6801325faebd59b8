package it.scacchiera.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The sample site is opened from the planner's own copy in the data folder, made on first use: saving
 * a room or a plan of the sample must never write into the install folder (often read-only, shared).
 */
public final class SampleSite {
    private SampleSite() {}

    /** The copy of {@code installed}'s files in {@code dataFolder/sample}; the original when it is missing. */
    public static Path copy(Path installed, Path dataFolder) throws IOException {
        Path copy = dataFolder.resolve("sample");
        if (Files.isDirectory(copy) || !Files.isDirectory(installed)) {
            return Files.isDirectory(copy) ? copy : installed;
        }
        Path partial = Files.createTempDirectory(Files.createDirectories(dataFolder), "sample.");
        try (var files = Files.list(installed)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, partial.resolve(file.getFileName().toString()));
                }
            }
        }
        // a half-made copy is never taken for the sample: it appears whole or not at all
        Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
        return copy;
    }
}
