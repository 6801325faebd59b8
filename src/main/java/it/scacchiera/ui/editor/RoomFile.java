package it.scacchiera.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The file a room draft is saved to, with the bytes it held when the editor last read or wrote it:
 * a file that changed since, or that the editor never saw, is not replaced without asking.
 */
record RoomFile(Path path, byte[] known) {
    /** The file as it is now on disk (absent: nothing to protect). */
    static RoomFile read(Path path) throws IOException {
        return new RoomFile(path, Files.exists(path) ? Files.readAllBytes(path) : null);
    }

    /** A file the editor has not seen: if one appears there, it belongs to someone else. */
    static RoomFile unseen(Path path) {
        return new RoomFile(path, null);
    }

    /** Nothing is lost by writing: no file there, or the very bytes the editor knows. */
    boolean safeToReplace() throws IOException {
        return !Files.exists(path) || (known != null && Arrays.equals(known, Files.readAllBytes(path)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoomFile file && file.path.equals(path) && Arrays.equals(file.known, known);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(known);
    }

    @Override
    public String toString() {
        return "RoomFile[" + path + (known == null ? ", unseen]" : ", " + known.length + " bytes]");
    }
}
