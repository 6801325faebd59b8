package it.scacchiera.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.roster.ScheduleEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the cells hold, write then read gives the same entries, in SPEC order. */
class ScheduleCsvRoundTripTest {
    // No line breaks or other control characters: every reader refuses them (SPEC §5); a tab is kept quoted.
    private static final String PIECES = "ab,;\"'=+-@\tàèìòùÀ€ łŁ王😀 x";

    @TempDir
    Path dir;

    static IntStream seeds() {
        return IntStream.range(0, 30);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void writeThenRead_nastyCells_sameEntries(int seed) throws Exception {
        var random = new Random(seed);
        List<ScheduleEntry> entries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean remote = random.nextBoolean();
            LocalTime start = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15);
            entries.add(new ScheduleEntry(
                    LocalDate.of(2026, 11, 23).plusDays(random.nextInt(14)),
                    "S" + start.getHour() + "h" + start.getMinute(),
                    start,
                    start.plusHours(8),
                    "op" + i,
                    nasty(random),
                    nasty(random),
                    nasty(random),
                    nasty(random),
                    remote ? null : "room" + random.nextInt(3),
                    remote ? null : DeskId.ofCell(random.nextInt(30), random.nextInt(12)),
                    nasty(random)));
        }
        Path file = dir.resolve("s.csv");
        new ScheduleCsvWriter(random.nextBoolean() ? ',' : ';').write(file, entries);

        var read = new ScheduleCsvReader().read(file);

        var expected = entries.stream().sorted(ScheduleCsvWriter.ORDER).toList();
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), read.get(i), "seed " + seed + " row " + i);
        }
        assertEquals(expected.size(), read.size(), "seed " + seed);
    }

    /** Random text of the awkward pieces, never blank and never with spaces at either end (the reader strips). */
    private static String nasty(Random random) {
        var text = new StringBuilder();
        int length = 1 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(PIECES.codePoints()
                    .toArray()[random.nextInt((int) PIECES.codePoints().count())]);
        }
        String cell = text.toString();
        // the reader strips spaces around a cell, but not a guarded leading tab or CR
        String kept = FormulaGuard.needsGuard(cell) ? cell.stripTrailing() : cell.strip();
        return kept.isEmpty() ? "x" : kept;
    }
}
