package it.scacchiera.ui.main;

import it.scacchiera.floorplan.CellKind;
import it.scacchiera.floorplan.DeskId;
import it.scacchiera.ui.floormap.DeskLook;
import java.util.List;

/**
 * The selected cell, as the details pane words it.
 *
 * @param look null for a cell that is no desk
 * @param conflicts the seats this one may not be occupied together with, in natural order
 */
public record DeskDetails(DeskId id, CellKind kind, DeskLook look, List<DeskId> conflicts) {
    public DeskDetails {
        conflicts = List.copyOf(conflicts);
    }
}
