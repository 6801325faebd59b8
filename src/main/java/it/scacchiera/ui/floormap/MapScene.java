package it.scacchiera.ui.floormap;

import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything a map frame shows besides the viewport; a fresh value on each change. */
record MapScene(
        ConflictGraph graph,
        Map<DeskId, String> occupants,
        List<DeskPair> conflicts,
        Set<DeskId> pattern,
        Set<DeskId> pinned,
        boolean showPattern,
        MapCell cursor) {}
