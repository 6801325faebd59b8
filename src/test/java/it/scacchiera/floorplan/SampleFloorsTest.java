package it.scacchiera.floorplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.scacchiera.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample rooms shipped in {@code floorplans/} load cleanly and show every feature of SPEC §1. */
class SampleFloorsTest {
    private static final Path DIR = Path.of("floorplans");
    private static List<Floor> floors;

    @BeforeAll
    static void readAll() throws IOException, InputException {
        floors = new FloorReader().readDirectory(DIR);
    }

    private static Floor room(String id) {
        return floors.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readDirectory_samples_fiveRoomsWithDescribingCommentsAndDashedIds() {
        List<String> ids = floors.stream().map(Floor::id).toList();

        assertEquals(List.of("sala-milano", "sala-napoli", "sala-roma", "sala-torino", "salone-bologna"), ids);
        floors.forEach(f -> assertTrue(f.id().matches("[a-z]+(-[a-z]+)*"), f.id()));
        floors.forEach(f -> assertFalse(f.comments().isEmpty(), f.id()));
    }

    @Test
    void write_eachSample_givesTheFileBack() throws IOException {
        var writer = new FloorWriter();

        for (Floor floor : floors) {
            assertEquals(Files.readString(DIR.resolve(floor.id() + ".floor")), writer.write(floor), floor.id());
        }
    }

    @Test
    void warnings_eachSample_none() {
        for (Floor floor : floors) {
            assertEquals(List.of(), FloorWarnings.of(floor, ConflictGraph.of(floor)), floor.id());
        }
    }

    @Test
    void samples_rules_coverCheckerboardKingAndMetric() {
        assertEquals(DistanceRule.CHECKERBOARD, room("sala-roma").distance());
        assertEquals(DistanceRule.KING, room("sala-milano").distance());
        assertTrue(room("sala-napoli").distance() instanceof DistanceRule.Metric);
        assertTrue(floors.stream().anyMatch(Floor::hasOccupancyLimit));
        assertTrue(floors.stream().anyMatch(f -> !f.hasOccupancyLimit()));
    }

    @Test
    void salaNapoli_screens_separateFacingDesks() {
        var graph = ConflictGraph.of(room("sala-napoli"));

        assertTrue(graph.conflicts(DeskId.parse("C3"), DeskId.parse("C5")));
        assertFalse(graph.conflicts(DeskId.parse("C3"), DeskId.parse("E3")));
        assertFalse(graph.conflicts(DeskId.parse("C5"), DeskId.parse("C7")));
    }

    @Test
    void salaTorino_lShape_hasPostsOutOfServiceDesksAndOutsideCells() {
        Floor floor = room("sala-torino");

        String all = String.join("\n", floor.grid());
        assertTrue(all.contains("S") && all.contains("X"));
        assertEquals(CellKind.OUTSIDE, floor.kind(0, floor.columns() - 1));
        assertEquals(CellKind.WALL, floor.kind(floor.rows() - 1, floor.columns() - 1));
    }

    @Test
    void saloneBologna_bigHall_atLeastAThousandDesksWithPillarsPostsAndBrokenDesks() {
        Floor floor = room("salone-bologna");

        var graph = ConflictGraph.of(floor);
        assertTrue(floor.deskCount() >= 1000, "desks " + floor.deskCount());
        assertTrue(graph.fixedPostCount() >= 3);
        assertTrue(floor.grid().stream().anyMatch(row -> row.contains("X")));
        assertEquals(CellKind.WALL, floor.kind(4, 10), "a pillar in a walkway");
        assertTrue(floor.hasOccupancyLimit());
    }
}
