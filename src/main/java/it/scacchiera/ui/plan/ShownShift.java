package it.scacchiera.ui.plan;

import it.scacchiera.floorplan.DeskId;
import it.scacchiera.ui.floormap.DeskPair;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the map shows of one room at one date and shift.
 *
 * @param occupants initials per occupied desk
 * @param operators operator id per occupied desk (what a drag carries)
 * @param conflicts occupied seats in conflict, fixed posts included
 * @param pinned desks whose operator is pinned there
 * @param remote the shift's remote workers, all rooms alike
 */
public record ShownShift(
        Map<DeskId, String> occupants,
        Map<DeskId, String> operators,
        List<DeskPair> conflicts,
        Set<DeskId> pinned,
        List<RemoteWorker> remote) {
    public static final ShownShift EMPTY = new ShownShift(Map.of(), Map.of(), List.of(), Set.of(), List.of());

    public ShownShift {
        occupants = Map.copyOf(occupants);
        operators = Map.copyOf(operators);
        conflicts = List.copyOf(conflicts);
        pinned = Set.copyOf(pinned);
        remote = List.copyOf(remote);
    }
}
