package it.scacchiera.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.floorplan.Capacity;
import it.scacchiera.floorplan.CapacityResult;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.Floor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CapacityBenchmarkTest {
    @Test
    void room_eachRule_hasAboutTheDesksAskedAndIsSolvedExactly() {
        for (var rule : CapacityBenchmark.rules()) {
            Floor floor = CapacityBenchmark.room(500, rule, 7);

            CapacityResult result = Capacity.compute(ConflictGraph.of(floor), Duration.ofSeconds(30));

            assertTrue(result.desks() >= 500 && result.desks() < 700, rule.label() + " " + result.desks());
            assertTrue(result.optimal(), rule.label());
            assertTrue(result.naiveChessboard() <= result.capacity(), rule.label());
        }
    }

    @Test
    void run_smallRooms_printsHeaderAndARowPerRule() {
        var bytes = new ByteArrayOutputStream();

        CapacityBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), new int[] {100}, 1);

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2 + CapacityBenchmark.rules().size(), lines.length);
        assertTrue(lines[1].startsWith("rule"));
        assertTrue(lines[2].contains("optimal"), lines[2]);
    }
}
