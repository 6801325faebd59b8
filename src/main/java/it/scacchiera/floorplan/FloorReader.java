package it.scacchiera.floorplan;

import it.scacchiera.input.InputException;
import it.scacchiera.input.SourcePosition;
import it.scacchiera.input.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code *.floor} files (SPEC §1). Every error names the file, line and column (code points,
 * from 1) that SPEC §1 prescribes. Choices the SPEC leaves open:
 *
 * <ul>
 *   <li>{@code grid:} may be followed by spaces or tabs; any other text after it is an error at that
 *       text's first character.
 *   <li>Spaces and tabs before a key or a {@code #} comment are allowed; a comment keeps everything
 *       after its {@code #}, so that writing it back gives the same text.
 *   <li>{@code distance} accepts {@code m} or {@code M} after the number.
 *   <li>Control characters other than tab (e.g. a stray carriage return) are an error in the header,
 *       so that every Floor read can be written back.
 *   <li>A grid may be empty or hold no desks: such a room loads with capacity 0.
 *   <li>A file with no {@code grid:} line fails as "missing grid:" whatever else is wrong with it, so
 *       that a forgotten {@code grid:} is not reported at the first grid row as a bad header line.
 * </ul>
 */
public final class FloorReader {
    static final String SUFFIX = ".floor";
    private static final String GRID_CHARACTERS = "one of D X S . # | - or space";
    private static final String KEYS = "name, cell, distance, max-occupancy or grid:";

    /** Reads one file; the room id is the file name without {@code .floor}. */
    public Floor read(Path file) throws IOException, InputException {
        // A root such as "/" has no file name: name it by the whole path, and let reading it fail.
        String fileName = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return read(fileName, Utf8Text.decode(fileName, Files.readAllBytes(file)));
    }

    /** Reads text already decoded; {@code fileName} names the file in errors and gives the room id. */
    public Floor read(String fileName, String text) throws InputException {
        String id = idOf(fileName);
        if (id.isEmpty()) {
            throw new InputException(
                    at(fileName, 1, 1), "the file name gives an empty room id", "a name such as sala-roma.floor");
        }
        List<int[]> lines = lines(text);
        // Looked for first: without it the grid rows, read as header lines, would fail before it is missed.
        int gridLine = 0;
        while (gridLine < lines.size() && !isGridLine(lines.get(gridLine))) {
            gridLine++;
        }
        if (gridLine == lines.size()) {
            throw new InputException(
                    at(fileName, lines.size() + 1, 1), "missing grid:", "a line 'grid:' followed by the grid rows");
        }
        var header = new Header(fileName);
        for (int index = 0; index <= gridLine; index++) {
            header.accept(lines.get(index), index + 1);
        }
        List<String> grid = grid(fileName, lines, gridLine + 1);
        return new Floor(id, header.name, header.comments, header.cell, header.distance, header.maxOccupancy, grid);
    }

    /**
     * Every {@code *.floor} file of a directory, sorted by room id. The first bad file, in that order,
     * fails with its position. A directory without floorplans gives an empty list.
     */
    public List<Floor> readDirectory(Path dir) throws IOException, InputException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries.filter(path -> path.getFileName().toString().endsWith(SUFFIX))
                    .filter(Files::isRegularFile)
                    // By id, not file name: "sala.floor" comes before "sala-b.floor" though '.' > '-'.
                    .sorted(Comparator.comparing(FloorReader::idOf))
                    .toList();
        }
        List<Floor> floors = new ArrayList<>();
        for (Path file : files) {
            floors.add(read(file));
        }
        return List.copyOf(floors);
    }

    private static String idOf(Path file) {
        return idOf(file.getFileName().toString());
    }

    private static String idOf(String fileName) {
        return fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
    }

    /** The lines as code points, without line ends and without the byte-order mark. */
    private static List<int[]> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<int[]> lines = new ArrayList<>();
        String[] parts = body.split("\n", -1);
        // A final line end does not open another line: "a\n" is one line.
        int count = parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
        for (int i = 0; i < count; i++) {
            String line = parts[i].endsWith("\r") ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
            lines.add(line.codePoints().toArray());
        }
        return lines;
    }

    private static List<String> grid(String fileName, List<int[]> lines, int first) throws InputException {
        List<String> rows = new ArrayList<>();
        for (int index = first; index < lines.size(); index++) {
            int[] line = lines.get(index);
            for (int i = 0; i < line.length; i++) {
                if (line[i] == '\t') {
                    throw new InputException(at(fileName, index + 1, i + 1), "tab in grid", GRID_CHARACTERS);
                }
                if (CellKind.of(line[i]) == null) {
                    throw new InputException(
                            at(fileName, index + 1, i + 1),
                            "unknown grid character " + shown(line[i]),
                            GRID_CHARACTERS);
                }
            }
            rows.add(new String(line, 0, line.length).stripTrailing());
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    /** A character as an error message shows it: quoted when visible, else as U+XXXX. */
    static String shown(int codePoint) {
        boolean invisible = Character.isISOControl(codePoint)
                || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || Character.getType(codePoint) == Character.UNASSIGNED;
        return invisible ? String.format("U+%04X", codePoint) : "'" + Character.toString(codePoint) + "'";
    }

    static SourcePosition at(String fileName, int line, int column) {
        return new SourcePosition(fileName, line, column);
    }

    /** Whether the line's key is {@code grid}, whatever follows its colon, as {@link Header} reads keys. */
    private static boolean isGridLine(int[] line) {
        String text = new String(line, 0, line.length);
        int colon = text.indexOf(':');
        return colon >= 0
                && text.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("grid");
    }

    private static boolean blank(int codePoint) {
        return codePoint == ' ' || codePoint == '\t';
    }

    /** The header read so far, line by line up to and including {@code grid:}. */
    private static final class Header {
        private final String fileName;
        private final List<String> comments = new ArrayList<>();
        private final Map<String, Integer> keyLines = new HashMap<>();
        private String name;
        private CellSize cell = CellSize.DEFAULT;
        private DistanceRule distance = DistanceRule.CHECKERBOARD;
        private int maxOccupancy = Floor.NO_LIMIT;

        Header(String fileName) {
            this.fileName = fileName;
        }

        void accept(int[] line, int lineNumber) throws InputException {
            int start = 0;
            while (start < line.length && blank(line[start])) {
                start++;
            }
            if (start == line.length) {
                return;
            }
            refuseControlCharacters(line, lineNumber);
            if (line[start] == '#') {
                comments.add(new String(line, start + 1, line.length - start - 1));
                return;
            }
            int colon = start;
            while (colon < line.length && line[colon] != ':') {
                colon++;
            }
            SourcePosition keyAt = at(fileName, lineNumber, start + 1);
            String key = new String(line, start, colon - start).strip();
            if (colon == line.length || key.isEmpty()) {
                throw new InputException(
                        keyAt,
                        "not a header line",
                        "key: value, a # comment, a blank line, or grid: before the grid rows");
            }
            String lower = key.toLowerCase(Locale.ROOT);
            if (!List.of("name", "cell", "distance", "max-occupancy", "grid").contains(lower)) {
                throw new InputException(keyAt, "unknown key '" + key + "'", KEYS);
            }
            Integer firstLine = keyLines.putIfAbsent(lower, lineNumber);
            if (firstLine != null) {
                throw new InputException(
                        keyAt, "repeated key '" + key + "', first on line " + firstLine, "each key at most once");
            }
            int from = colon + 1;
            while (from < line.length && blank(line[from])) {
                from++;
            }
            int to = line.length;
            while (to > from && blank(line[to - 1])) {
                to--;
            }
            String value = new String(line, from, to - from);
            SourcePosition valueAt = at(fileName, lineNumber, from + 1);
            switch (lower) {
                case "name" -> name = FloorValues.name(value, valueAt);
                case "cell" -> cell = FloorValues.cell(value, valueAt);
                case "distance" -> distance = FloorValues.distance(value, valueAt);
                case "max-occupancy" -> maxOccupancy = FloorValues.maxOccupancy(value, valueAt);
                default -> {
                    if (!value.isEmpty()) {
                        throw new InputException(valueAt, "text after grid:", "'grid:' alone on its line");
                    }
                    if (name == null) {
                        throw new InputException(keyAt, "missing name", "a line 'name: <display name>' before grid:");
                    }
                }
            }
        }

        /** A stray carriage return or other control character could never be written back. */
        private void refuseControlCharacters(int[] line, int lineNumber) throws InputException {
            for (int i = 0; i < line.length; i++) {
                if (Character.isISOControl(line[i]) && line[i] != '\t') {
                    throw new InputException(
                            at(fileName, lineNumber, i + 1), "control character " + shown(line[i]), "printable text");
                }
            }
        }
    }
}
