package it.scacchiera.floorplan;

import it.scacchiera.files.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a Floor as a {@code *.floor} file (SPEC §1) that {@link FloorReader} reads back into an
 * equal Floor: comments first, then every key, then the grid; {@code \n} line ends, no byte-order mark.
 */
public final class FloorWriter {

    /**
     * The file's text. Throws IllegalArgumentException for a Floor no file can hold: a blank name, a
     * line break in the name or a comment, a tab or an unknown character in the grid.
     */
    public String write(Floor floor) {
        // The reader trims spaces and tabs around a value, so trim the same, and only those.
        String name = floor.name().replaceAll("^[ \\t]+|[ \\t]+$", "");
        if (name.isEmpty() || hasControlCharacter(name)) {
            throw new IllegalArgumentException(
                    "a room name must be one line of printable text: '" + floor.name() + "'");
        }
        var text = new StringBuilder();
        for (String comment : floor.comments()) {
            if (hasControlCharacter(comment)) {
                throw new IllegalArgumentException("a comment must be one line of printable text: '" + comment + "'");
            }
            text.append('#').append(comment).append('\n');
        }
        text.append("name: ").append(name).append('\n');
        text.append("cell: ").append(floor.cell().text()).append('\n');
        text.append("distance: ").append(floor.distance().text()).append('\n');
        if (floor.hasOccupancyLimit()) {
            text.append("max-occupancy: ").append(floor.maxOccupancy()).append('\n');
        }
        text.append("grid:\n");
        int last = floor.grid().size();
        while (last > 0 && floor.grid().get(last - 1).isBlank()) {
            last--;
        }
        for (String row : floor.grid().subList(0, last)) {
            row.codePoints().forEach(FloorWriter::checkGridCharacter);
            text.append(row.stripTrailing()).append('\n');
        }
        return text.toString();
    }

    /**
     * Writes the file through {@link OutputFile}: a temporary file in the same folder, forced to disk, then
     * renamed over {@code file}, so a crash leaves the old file or the new one, never half.
     */
    public void write(Floor floor, Path file) throws IOException {
        byte[] bytes = write(floor).getBytes(StandardCharsets.UTF_8);
        OutputFile.write(file, out -> out.write(bytes));
    }

    /** Line breaks and other control characters (tab aside) that the reader refuses in a header. */
    private static boolean hasControlCharacter(String text) {
        return text.codePoints().anyMatch(ch -> Character.isISOControl(ch) && ch != '\t');
    }

    private static void checkGridCharacter(int codePoint) {
        if (codePoint == '\t' || CellKind.of(codePoint) == null) {
            throw new IllegalArgumentException("not a grid character: " + FloorReader.shown(codePoint));
        }
    }
}
