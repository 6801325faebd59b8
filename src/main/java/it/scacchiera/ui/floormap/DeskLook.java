package it.scacchiera.ui.floormap;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.ConflictGraph;
import it.scacchiera.floorplan.DeskId;
import java.util.Map;

/** How the map shows a desk-like cell; each look has its own mark, so colour is never the only signal. */
public enum DeskLook {
    /** A D desk nobody sits at: plain outline. */
    FREE,
    /** A D desk with an operator: the operator's initials. */
    OCCUPIED,
    /** A D desk next to an S post: never usable, one diagonal stroke. */
    UNUSABLE,
    /** An X desk: hatched and marked X. */
    OUT_OF_SERVICE,
    /** An S post: dark and marked S. */
    FIXED_POST;

    /** The look of the cell at {@code id}, or null when it is not a desk, post or X desk. */
    public static DeskLook of(ConflictGraph graph, DeskId id, Map<DeskId, String> occupants) {
        CellKind kind = graph.floor().kind(id);
        if (kind == CellKind.OUT_OF_SERVICE) {
            return OUT_OF_SERVICE;
        }
        if (kind == CellKind.FIXED_POST) {
            return FIXED_POST;
        }
        if (kind != CellKind.DESK) {
            return null;
        }
        if (occupants.containsKey(id)) {
            return OCCUPIED;
        }
        return graph.usable(graph.indexOf(id)) ? FREE : UNUSABLE;
    }
}
