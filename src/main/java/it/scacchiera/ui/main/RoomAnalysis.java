package it.scacchiera.ui.main;

import it.scacchiera.floorplan.Capacity;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorWarnings;
import java.time.Duration;

/** Builds a room's summary; runs in background tasks, as the capacity search may take seconds. */
final class RoomAnalysis {
    /** Per room: the exact search proves most rooms optimal well within it, and reports a bound otherwise. */
    static final Duration CAPACITY_TIME_LIMIT = Duration.ofSeconds(5);

    private RoomAnalysis() {}

    static RoomSummary of(Floor floor) {
        ConflictGraph graph = ConflictGraph.of(floor);
        return new RoomSummary(graph, Capacity.compute(graph, CAPACITY_TIME_LIMIT), FloorWarnings.of(floor, graph));
    }
}
