package it.scacchiera.bench.planted;

import it.scacchiera.floorplan.Capacity;
import it.scacchiera.floorplan.CellSize;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DistanceRule;
import it.scacchiera.floorplan.Floor;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rooms of desk benches (two facing rows, sometimes a screen between them), walkways between benches and a
 * cross aisle every few desks, a few {@code S} posts at bench ends and {@code X} desks out of service. The
 * distance rule, cell size and max-occupancy vary by seed; benches keep the exact capacity search fast.
 */
final class BenchRooms {
    private static final Duration CAPACITY_LIMIT = Duration.ofSeconds(30);

    private final Random random;

    BenchRooms(Random random) {
        this.random = random;
    }

    List<Floor> make(Family family) {
        List<Floor> floors = new ArrayList<>();
        for (int r = 0; r < family.rooms(); r++) {
            DistanceRule rule = rule(family, r);
            boolean night = family.name().startsWith("N");
            Floor room = room(
                    "room" + (r + 1), rule, family.desksPerRoom(), family.name().startsWith("S"), !night);
            floors.add(capped(room, family.roomCapacity()));
        }
        return floors;
    }

    /** N has a king room and a metric room; the others draw a rule per room. */
    private DistanceRule rule(Family family, int index) {
        if (family.name().startsWith("N")) {
            return index % 2 == 0 ? DistanceRule.KING : new DistanceRule.Metric(new BigDecimal("1.8"));
        }
        return switch (random.nextInt(3)) {
            case 0 -> DistanceRule.CHECKERBOARD;
            case 1 -> DistanceRule.KING;
            default -> new DistanceRule.Metric(new BigDecimal("1.8"));
        };
    }

    /** @param mayScreen whether benches may have a screen between facing rows (which halves the conflicts) */
    private Floor room(String id, DistanceRule rule, int desks, boolean small, boolean mayScreen) {
        int width = 12 + random.nextInt(small ? 5 : 14);
        int aisleEvery = 5 + random.nextInt(4);
        boolean screens = mayScreen && random.nextBoolean();
        int perBench = 2 * width;
        int benches = Math.max(1, Math.round((float) desks / perBench));
        int columns = width + (width - 1) / aisleEvery;
        List<String> grid = new ArrayList<>();
        grid.add("#".repeat(columns + 4));
        for (int b = 0; b < benches; b++) {
            grid.add(deskRow(width, aisleEvery, b % 3 == 0));
            if (screens) {
                grid.add(screenRow(width, aisleEvery));
            }
            grid.add(deskRow(width, aisleEvery, false));
            grid.add("#." + ".".repeat(columns) + ".#");
        }
        grid.add("#".repeat(columns + 4));
        CellSize cell = rule instanceof DistanceRule.Metric
                ? new CellSize(new BigDecimal(random.nextBoolean() ? "0.8" : "1"), new BigDecimal("1"))
                : CellSize.DEFAULT;
        return new Floor(
                id, "Room " + id.substring(4), List.of(" planted benchmark room"), cell, rule, Floor.NO_LIMIT, grid);
    }

    /** The room with a max-occupancy near {@code target} when its distance rule alone would seat more. */
    private Floor capped(Floor room, int target) {
        ConflictGraph graph = ConflictGraph.of(room);
        int seats = Capacity.compute(graph, CAPACITY_LIMIT).capacity();
        int wanted = target + random.nextInt(Math.max(1, target / 5)) - target / 10;
        if (seats <= wanted) {
            return room;
        }
        return new Floor(
                room.id(),
                room.name(),
                room.comments(),
                room.cell(),
                room.distance(),
                wanted + graph.fixedPostCount(),
                room.grid());
    }

    private String deskRow(int width, int aisleEvery, boolean post) {
        var row = new StringBuilder("#.");
        for (int i = 0; i < width; i++) {
            if (i > 0 && i % aisleEvery == 0) {
                row.append('.');
            }
            char desk = random.nextInt(60) == 0 ? 'X' : 'D';
            row.append(post && i == 0 ? 'S' : desk);
        }
        return row.append(".#").toString();
    }

    private static String screenRow(int width, int aisleEvery) {
        var row = new StringBuilder("#.");
        for (int i = 0; i < width; i++) {
            if (i > 0 && i % aisleEvery == 0) {
                row.append('.');
            }
            row.append('-');
        }
        return row.append(".#").toString();
    }
}
