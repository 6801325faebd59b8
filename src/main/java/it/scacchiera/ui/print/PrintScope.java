package it.scacchiera.ui.print;

import it.scacchiera.export.SheetSelection;

/** What File ▸ Print… prints of the shown day: the shown room and shift, the shown room's day, or the whole day. */
public enum PrintScope {
    ROOM_SHIFT("print.scope.roomShift"),
    ROOM_DAY("print.scope.roomDay"),
    WHOLE_DAY("print.scope.wholeDay");

    private final String key;

    PrintScope(String key) {
        this.key = key;
    }

    /** Its name in the bundles. */
    public String key() {
        return key;
    }

    /** @param room the shown room's id, or null when none is shown (then the whole day is printed) */
    public SheetSelection selection(String room, String shift) {
        if (room == null || this == WHOLE_DAY) {
            return SheetSelection.WHOLE_DAY;
        }
        return this == ROOM_DAY || shift == null ? SheetSelection.roomDay(room) : SheetSelection.roomShift(room, shift);
    }
}
