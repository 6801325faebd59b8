package it.scacchiera.ui.main;

import it.scacchiera.floorplan.CapacityResult;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.Floor;
import it.scacchiera.floorplan.FloorWarning;
import java.util.List;

/** A room as the rooms list shows it: its floor, conflicts, capacity and load warnings. */
public record RoomSummary(ConflictGraph graph, CapacityResult capacity, List<FloorWarning> warnings) {
    public RoomSummary {
        warnings = List.copyOf(warnings);
    }

    public Floor floor() {
        return graph.floor();
    }
}
