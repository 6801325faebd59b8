package it.scacchiera.planning;

/** Two seats of one room that may not be occupied during overlapping shifts; each pair once. */
public record DeskConflict(Location a, Location b) {}
