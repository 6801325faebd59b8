package it.scacchiera.planning;

/**
 * A shift start in a room with a max-occupancy (rule 3): at {@code minute} (since the horizon
 * start) at most {@code allowed} office entries may be running there (the cap minus its S posts).
 */
public record Moment(String roomId, long minute, int allowed) {}
