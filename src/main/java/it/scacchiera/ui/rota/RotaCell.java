package it.scacchiera.ui.rota;

import it.scacchiera.floorplan.DeskId;

/**
 * One operator on one date of the rota: off, unavailable (from the operator's {@code unavailable}), or a
 * shift in the office (room and desk) or remote.
 */
public record RotaCell(Kind kind, String shift, String room, DeskId desk, boolean pinned) {
    public enum Kind {
        OFF,
        UNAVAILABLE,
        OFFICE,
        REMOTE
    }

    public static final RotaCell OFF = new RotaCell(Kind.OFF, null, null, null, false);
    public static final RotaCell UNAVAILABLE = new RotaCell(Kind.UNAVAILABLE, null, null, null, false);

    public boolean working() {
        return kind == Kind.OFFICE || kind == Kind.REMOTE;
    }

    /** Where the operator is, as the CSV and the cell's second line write it: room/desk or nothing. */
    public String place() {
        return kind == Kind.OFFICE ? room + "/" + desk.label() : "";
    }
}
