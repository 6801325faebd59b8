package it.scacchiera.floorplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.input.InputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property: read → write → read gives an equal Floor, over seeded random files and floors. */
class FloorRoundTripTest {
    private static final String GRID_CHARACTERS = "DXS.#|- ";
    private static final String TEXT_CHARACTERS = "abcXYZ 019#:×èà-_.,'\"|\t";

    private final FloorReader reader = new FloorReader();
    private final FloorWriter writer = new FloorWriter();

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readWriteRead_randomFile_givesEqualFloor(long seed) throws InputException {
        String text = randomFile(new Random(seed));
        Floor first = reader.read("room.floor", text);

        String written = writer.write(first);
        Floor second = reader.read("room.floor", written);

        assertEquals(first, second, "seed " + seed + "\n" + text);
        assertEquals(written, writer.write(second), "seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void writeRead_randomFloor_givesEqualFloor(long seed) throws InputException {
        Floor floor = randomFloor(new Random(seed));

        Floor read = reader.read("room.floor", writer.write(floor));

        assertEquals(floor, read, "seed " + seed);
    }

    /** A file as people write them: keys in any order and case, comments, blank lines, CRLF, BOM. */
    private static String randomFile(Random random) {
        String end = random.nextBoolean() ? "\n" : "\r\n";
        List<String> header = new ArrayList<>();
        header.add(key(random, "name") + pad(random)
                + text(random, 1 + random.nextInt(20)).strip() + "x");
        if (random.nextBoolean()) {
            String x = List.of("x", "X", "×", " x ", " × ").get(random.nextInt(5));
            header.add(key(random, "cell") + pad(random) + number(random) + x + number(random));
        }
        if (random.nextBoolean()) {
            header.add(key(random, "distance") + pad(random) + distance(random));
        }
        if (random.nextBoolean()) {
            header.add(key(random, "max-occupancy") + pad(random) + random.nextInt(200));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            header.add(random.nextBoolean() ? "#" + text(random, random.nextInt(30)) : pad(random));
        }
        Collections.shuffle(header, random);
        var text = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
        for (String line : header) {
            text.append(line).append(end);
        }
        text.append(key(random, "grid"))
                .append(random.nextBoolean() ? "" : "  ")
                .append(end);
        for (String row : grid(random)) {
            text.append(row).append(random.nextInt(5) == 0 ? "   " : "").append(end);
        }
        return text.toString();
    }

    private static Floor randomFloor(Random random) {
        List<String> comments = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            comments.add(text(random, random.nextInt(25)));
        }
        CellSize cell = new CellSize(new BigDecimal(number(random)), new BigDecimal(number(random)));
        DistanceRule distance =
                switch (random.nextInt(3)) {
                    case 0 -> DistanceRule.CHECKERBOARD;
                    case 1 -> DistanceRule.KING;
                    default -> new DistanceRule.Metric(new BigDecimal(number(random)));
                };
        int limit = random.nextBoolean() ? Floor.NO_LIMIT : random.nextInt(1000);
        List<String> grid = new ArrayList<>();
        for (String row : grid(random)) {
            grid.add(row.stripTrailing());
        }
        while (!grid.isEmpty() && grid.get(grid.size() - 1).isEmpty()) {
            grid.remove(grid.size() - 1);
        }
        String name = "R" + text(random, random.nextInt(15)).strip();
        return new Floor("room", name, comments, cell, distance, limit, grid);
    }

    private static List<String> grid(Random random) {
        List<String> rows = new ArrayList<>();
        for (int r = random.nextInt(12); r > 0; r--) {
            var row = new StringBuilder();
            for (int c = random.nextInt(15); c > 0; c--) {
                row.append(GRID_CHARACTERS.charAt(random.nextInt(GRID_CHARACTERS.length())));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    private static String key(Random random, String key) {
        String cased = random.nextBoolean() ? key : key.toUpperCase();
        return (random.nextInt(5) == 0 ? " " : "") + cased + (random.nextInt(5) == 0 ? " " : "") + ":";
    }

    private static String pad(Random random) {
        return List.of("", " ", "  ", "\t").get(random.nextInt(4));
    }

    private static String distance(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextBoolean() ? "checkerboard" : "CheckerBoard";
            case 1 -> random.nextBoolean() ? "king" : "KING";
            default -> number(random) + (random.nextBoolean() ? " m" : "m");
        };
    }

    /** A positive decimal such as 1, 0.6, 1.20 or 12.345. */
    private static String number(Random random) {
        String whole = Integer.toString(random.nextInt(3) == 0 ? 0 : random.nextInt(20));
        String fraction = random.nextBoolean() ? "" : "." + (1 + random.nextInt(999)) + "0".repeat(random.nextInt(2));
        String number = whole + fraction;
        return new BigDecimal(number).signum() > 0 ? number : "0.5";
    }

    private static String text(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(TEXT_CHARACTERS.charAt(random.nextInt(TEXT_CHARACTERS.length())));
        }
        return text.toString();
    }
}
