package it.scacchiera.planning;

import java.time.LocalDateTime;

/**
 * A shift start in a room with a max-occupancy (rule 3): at {@code minute} (real minutes since the horizon
 * start, {@code at} as date and time) at most {@code allowed} office entries may be running there
 * (the cap minus its S posts).
 */
public record Moment(String roomId, long minute, int allowed, LocalDateTime at) {}
