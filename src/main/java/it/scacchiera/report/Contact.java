package it.scacchiera.report;

import it.scacchiera.roster.ScheduleEntry;

/**
 * One row of the contact list (SPEC §4): an office row of the operator asked about, and another
 * operator's row that shared its room at the same time or its desk within a day.
 *
 * @param distanceMetres between the two desk centres; 0 for {@link ContactReason#SAME_DESK}
 * @param overlapMinutes of the two real intervals; 0 for {@link ContactReason#SAME_DESK}
 */
public record Contact(
        ScheduleEntry row, ScheduleEntry contact, double distanceMetres, long overlapMinutes, ContactReason reason) {}
