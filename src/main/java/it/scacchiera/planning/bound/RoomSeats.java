package it.scacchiera.planning.bound;

/**
 * What a room can seat: {@code capacity} a proven upper bound of the operators it holds at once
 * (distancing, S posts and max-occupancy), {@code desks} its D desks that can ever be occupied.
 */
public record RoomSeats(String roomId, int capacity, int desks) {}
