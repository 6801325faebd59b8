package it.scacchiera.floorplan;

import java.util.List;

/**
 * Something odd about a room that still lets it load (SPEC §1). The UI words it from {@code kind} and
 * {@code desks}; {@code message} is the English text the CLI prints.
 *
 * @param desks the S posts concerned, in natural order
 */
public record FloorWarning(String roomId, Kind kind, List<DeskId> desks, String message) {
    public enum Kind {
        /** Two S posts in conflict: both are always occupied, so the rule is broken in every shift. */
        FIXED_POSTS_IN_CONFLICT,
        /** More S posts than max-occupancy: the room is over its cap in every shift. */
        FIXED_POSTS_OVER_OCCUPANCY
    }

    public FloorWarning {
        desks = List.copyOf(desks);
    }

    @Override
    public String toString() {
        return roomId + ": " + message;
    }
}
