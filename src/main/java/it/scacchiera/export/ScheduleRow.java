package it.scacchiera.export;

import it.scacchiera.input.SourcePosition;
import it.scacchiera.roster.ScheduleEntry;

/** A schedule row as read, with where its date cell stands, so a command can point at a row. */
public record ScheduleRow(ScheduleEntry entry, SourcePosition date) {}
