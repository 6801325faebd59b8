package it.scacchiera.export;

import it.scacchiera.roster.ScheduleEntry;

/**
 * What part of a day's seating sheets to print: the whole day, one room's day, or one room and shift.
 *
 * @param room a room id, or null for every room (and the remote workers)
 * @param shift a shift code with {@code room}, or null for every shift
 */
public record SheetSelection(String room, String shift) {
    public static final SheetSelection WHOLE_DAY = new SheetSelection(null, null);

    public SheetSelection {
        if (room == null && shift != null) {
            throw new IllegalArgumentException("a shift is chosen within a room");
        }
    }

    public static SheetSelection roomDay(String room) {
        return new SheetSelection(room, null);
    }

    public static SheetSelection roomShift(String room, String shift) {
        return new SheetSelection(room, shift);
    }

    public boolean wholeDay() {
        return room == null;
    }

    boolean includes(ScheduleEntry entry) {
        if (room == null) {
            return true;
        }
        return room.equals(entry.room()) && (shift == null || shift.equals(entry.shift()));
    }
}
