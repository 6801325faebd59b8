package it.scacchiera.planning;

import it.scacchiera.floorplan.DeskId;

/**
 * Where an operator works one shift: a desk of a room, or {@link #REMOTE}. Equal by value, so a
 * location rebuilt from a schedule row matches the solver's own.
 *
 * @param roomId null when remote
 * @param desk null when remote
 * @param assignable the desk is a {@code D} of its room (rule 2 penalises any other cell)
 * @param fixedPostConflicts how many {@code S} posts this {@code D} desk conflicts with (rule 1)
 */
public record Location(String roomId, DeskId desk, boolean assignable, int fixedPostConflicts) {
    public static final Location REMOTE = new Location(null, null, true, 0);

    public boolean remote() {
        return roomId == null;
    }

    public boolean office() {
        return roomId != null;
    }

    public String label() {
        return remote() ? "remote" : roomId + " " + desk.label();
    }

    @Override
    public String toString() {
        return label();
    }
}
